package dev.kallsyms.generator.conformance;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A seeded random nm map built to stress the token learner (shared substrings, skewed or tiny alphabets,
 * long names) and the ordering rules (equal addresses, mixed and weak types, unsorted input). The same seed
 * gives the same bytes on every JVM (java.util.Random's sequence is specified).
 */
final class RandomMap {
    private static final String[] KERNEL_WORDS = {"do_", "sys_", "init", "_exit", "kmalloc", "__", "get_",
        "set_", "_lock", "irq", "dev", "_show", "_store", "pci_", "usb_", "net", "_rcv", ".constprop.0",
        ".isra.0", ".part.0", "_handler", "vfs_", "page", "_fops"};
    private static final String[] SPECIAL_NAMES = {"$a", "$d", "$t", "$x", "__crc_printk", "foo_veneer",
        "bar_from_thumb", "__kvm_nvhe_fn", "__kvm_nvhe_$x", "__efistub_memcpy", "__start_sec", "__stop_sec",
        "__sec_end", "__sec_start", "__end_sec", "kallsyms_names", "kallsyms_offsets", ".LASANPC1", ".L.str",
        "__kcfi_typeid_f", "x.long_branch.y", "__gp", "_SDA_BASE_", "__ARMV7PILongThunk_f"};
    private static final char[] COMMON_TYPES = {'T', 't', 'T', 't', 'T', 't', 'W', 'w', 'D', 'd', 'B', 'b',
        'R', 'r', 'V', 'v'};
    private static final char[] RARE_TYPES = {'A', 'a', 'U', 'u', 'N', 'n', '?', 'G', 'S', 'i'};

    private final Random random;
    private final boolean wide;
    private final long base;
    private final List<String> words;
    private final NameStyle style;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private enum NameStyle { WORDS, TINY_ALPHABET, KERNEL_LIKE, LONG }

    private RandomMap(long seed) {
        random = new Random(seed);
        wide = random.nextInt(3) == 0;
        base = wide ? 0xffff800008000000L + random.nextInt(0x1000) * 0x10000L
                : 0x80000000L + random.nextInt(0x800) * 0x1000L;
        style = NameStyle.values()[random.nextInt(NameStyle.values().length)];
        words = wordPool();
    }

    static byte[] build(long seed) {
        return new RandomMap(seed).map();
    }

    /** One of the generation's option sets, chosen by the seed independently of the map's content. */
    static List<String> options(GenerationSetup setup, long seed) {
        Random choice = new Random(seed * 0x9E3779B97F4A7C15L + 17);
        return setup.optionSets().get(choice.nextInt(setup.optionSets().size()));
    }

    private byte[] map() {
        int count = 50 + random.nextInt(451);
        long textSpan = 0x10000L + random.nextInt(0x100000);
        long initStart = base + textSpan + 0x1000 * random.nextInt(16);
        long initEnd = initStart + 0x10000;
        int tieSlots = random.nextInt(4) == 0 ? 1 + random.nextInt(8) : 0;

        List<String> lines = new ArrayList<>();
        lines.add(line(base, 'T', "_text"));
        lines.add(line(base, 'T', "_stext"));
        lines.add(line(base + textSpan, 'T', "_etext"));
        lines.add(line(initStart, 'T', "_sinittext"));
        lines.add(line(initEnd, 'T', "_einittext"));
        addPercpu(lines, initEnd);
        for (int i = 0; i < count; i++) {
            long addr = address(textSpan, initStart, initEnd, tieSlots);
            lines.add(line(addr, type(), name()));
        }
        order(lines);
        lines.forEach(l -> out.writeBytes(l.getBytes(StandardCharsets.ISO_8859_1)));
        return out.toByteArray();
    }

    private void addPercpu(List<String> lines, long after) {
        if (random.nextInt(4) != 0) {
            return;
        }
        long start = wide && random.nextBoolean() ? 0 : after + 0x100000;
        lines.add(line(start, 'D', "__per_cpu_start"));
        for (int i = random.nextInt(6); i > 0; i--) {
            lines.add(line(start + 0x40L * random.nextInt(64), 'd', "pcpu_" + word()));
        }
        lines.add(line(start + 0x1000, 'D', "__per_cpu_end"));
    }

    private long address(long textSpan, long initStart, long initEnd, int tieSlots) {
        if (tieSlots > 0 && random.nextInt(3) > 0) {
            return base + 0x100 + 0x40L * random.nextInt(tieSlots);
        }
        return switch (random.nextInt(12)) {
            case 0 -> base + textSpan; // on _etext: dropped unless --all-symbols
            case 1 -> initStart + 4L * random.nextInt(0x4000);
            case 2 -> initEnd + 0x100 + 4L * random.nextInt(0x4000); // data after the text ranges
            case 3 -> base - 4L * random.nextInt(0x100); // below _text
            default -> base + 4L * random.nextInt((int) (textSpan / 4));
        };
    }

    private char type() {
        return random.nextInt(12) == 0 ? RARE_TYPES[random.nextInt(RARE_TYPES.length)]
                : COMMON_TYPES[random.nextInt(COMMON_TYPES.length)];
    }

    private String name() {
        if (random.nextInt(25) == 0) {
            return SPECIAL_NAMES[random.nextInt(SPECIAL_NAMES.length)];
        }
        String name = switch (style) {
            case WORDS -> join(1 + random.nextInt(5));
            case TINY_ALPHABET -> tiny(1 + random.nextInt(40));
            case KERNEL_LIKE -> kernelLike();
            case LONG -> join(10 + random.nextInt(40));
        };
        if (random.nextInt(20) == 0) {
            name = name + ".llvm." + random.nextInt(100000);
        }
        if (random.nextInt(40) == 0) {
            name = name + (char) (0x80 + random.nextInt(0x80));
        }
        return name.isEmpty() ? "x" : name;
    }

    private String kernelLike() {
        StringBuilder b = new StringBuilder();
        for (int i = 1 + random.nextInt(4); i > 0; i--) {
            b.append(random.nextInt(3) == 0 ? word() : KERNEL_WORDS[random.nextInt(KERNEL_WORDS.length)]);
        }
        return b.toString();
    }

    private String join(int parts) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < parts; i++) {
            b.append(word());
        }
        return b.toString();
    }

    private String tiny(int length) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            b.append(random.nextInt(4) == 0 ? 'b' : 'a');
        }
        return b.toString();
    }

    private String word() {
        return words.get(skewed(words.size()));
    }

    /** Words from a skewed alphabet: a few letters dominate, so many substrings are shared. */
    private List<String> wordPool() {
        String alphabet = random.nextBoolean() ? "etaoinshrdlu_" : "ab_cd";
        List<String> pool = new ArrayList<>();
        for (int i = 8 + random.nextInt(32); i > 0; i--) {
            StringBuilder w = new StringBuilder();
            for (int k = 2 + random.nextInt(9); k > 0; k--) {
                w.append(alphabet.charAt(skewed(alphabet.length())));
            }
            pool.add(w.toString());
        }
        return pool;
    }

    /** An index in [0, n) where small values are much more likely. */
    private int skewed(int n) {
        double u = random.nextDouble();
        return (int) Math.min(n - 1, Math.floor(n * u * u * u));
    }

    private void order(List<String> lines) {
        if (random.nextInt(3) == 0) {
            Collections.shuffle(lines, random);
            return;
        }
        lines.sort((a, b) -> Long.compareUnsigned(address(a), address(b)));
        // nm -n order, sometimes with a few lines moved
        for (int i = random.nextInt(2) * random.nextInt(6); i > 0; i--) {
            Collections.swap(lines, random.nextInt(lines.size()), random.nextInt(lines.size()));
        }
    }

    private static long address(String line) {
        return Long.parseUnsignedLong(line.substring(0, line.indexOf(' ')), 16);
    }

    private String line(long addr, char type, String name) {
        String hex = Long.toHexString(addr);
        String padded = "0".repeat(Math.max(0, (wide ? 16 : 8) - hex.length())) + hex;
        return padded + " " + type + " " + name + "\n";
    }
}
