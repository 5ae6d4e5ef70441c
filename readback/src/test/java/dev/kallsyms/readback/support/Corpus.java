package dev.kallsyms.readback.support;

import dev.kallsyms.readback.expect.MapLine;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Real symbol maps and the variants the option sets need. */
public final class Corpus {
    private static final String VEXPRESS = "vexpress-6.1.192-pass2";
    private static final long WIDE_OFFSET = 0xffffffc0_00000000L;
    private static List<MapLine> vexpress;

    private Corpus() {
    }

    /** The second-pass map of a real ARM vexpress_defconfig 6.1 build (64,557 lines). */
    public static synchronized List<MapLine> vexpress() {
        if (vexpress == null) {
            vexpress = read(VEXPRESS);
        }
        return vexpress;
    }

    /** What a 64-bit kernel's map looks like: the same symbols, linked high in a 64-bit address space. */
    public static List<MapLine> widened(List<MapLine> lines) {
        return lines.stream().map(l -> l.address() >= 0x8000_0000L ? l.withAddress(l.address() + WIDE_OFFSET) : l)
                .toList();
    }

    /**
     * Per-cpu variables as x86-64 links them, from address 0: what --absolute-percpu is for. On 32-bit ARM they
     * sit above 0x80000000, where an absolute 32-bit signed offset cannot hold them.
     */
    public static List<MapLine> zeroBasedPercpu(List<MapLine> lines) {
        long start = addressOf(lines, "__per_cpu_start");
        long end = addressOf(lines, "__per_cpu_end");
        return lines.stream()
                .map(l -> l.address() >= start && l.address() <= end ? l.withAddress(l.address() - start) : l)
                .toList();
    }

    /**
     * Adds text symbols with long, hard to compress names so that some entries need the two-byte length form
     * (more than 127 token codes) from 6.1 on.
     */
    public static List<MapLine> withLongNames(List<MapLine> lines, int count, int length) {
        long text = addressOf(lines, "_stext");
        Random random = new Random(42);
        String alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_";
        List<MapLine> result = new ArrayList<>(lines);
        for (int i = 0; i < count; i++) {
            StringBuilder name = new StringBuilder("long_");
            while (name.length() < length) {
                name.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            result.add(new MapLine(text + 0x100 + 4L * i, 't', name.toString(), lines.size() + i));
        }
        return result;
    }

    /**
     * Adds, for every 100th local text symbol, an LTO-promoted twin "name.llvm.NNN" just below it: sorted by
     * name with the suffix cut off (6.1 --lto-clang) the twin comes first, sorted plainly it comes second.
     */
    public static List<MapLine> withLlvmTwins(List<MapLine> lines) {
        List<MapLine> result = new ArrayList<>(lines);
        int added = 0;
        for (MapLine line : lines) {
            if (line.type() == 't' && line.position() % 100 == 0 && !line.name().contains(".")) {
                result.add(new MapLine(line.address() - 2, 't', line.name() + ".llvm.1234567", lines.size() + added));
                added++;
            }
        }
        return result;
    }

    public static long addressOf(List<MapLine> lines, String name) {
        return lines.stream().filter(l -> l.name().equals(name)).mapToLong(MapLine::address).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no " + name + " in map"));
    }

    public static Path write(List<MapLine> lines, boolean wide, Path file) throws IOException {
        StringBuilder text = new StringBuilder();
        for (MapLine line : lines) {
            text.append(line.format(wide)).append('\n');
        }
        Files.writeString(file, text, StandardCharsets.ISO_8859_1);
        return file;
    }

    private static List<MapLine> read(String entry) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new ByteArrayInputStream(dev.kallsyms.fixtures.Corpus.get(entry).bytes()), StandardCharsets.ISO_8859_1))) {
            List<MapLine> lines = new ArrayList<>();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] parts = line.split(" ", 3);
                lines.add(new MapLine(Long.parseUnsignedLong(parts[0], 16), parts[1].charAt(0), parts[2],
                        lines.size()));
            }
            return List.copyOf(lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
