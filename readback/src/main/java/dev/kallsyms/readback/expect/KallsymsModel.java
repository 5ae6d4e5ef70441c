package dev.kallsyms.readback.expect;

import dev.kallsyms.readback.ExpectedSymbol;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Which map lines the C kallsyms of a generation keeps and in which order, written from reading
 * scripts/kallsyms.c, independently of the Java generator (the read-back must not agree with the generator
 * just because it shares its rules). It only produces expectations; the read-back tests cross-check it against
 * what the C program itself wrote (entry count, address literals, and the name comments from 6.12 on), so a
 * wrong model fails loudly instead of agreeing with a wrong decoder.
 */
public final class KallsymsModel {
    /** Exact names the older generations drop (later ones leave this to the map-making step). */
    private static final Set<String> IGNORED_NAMES = Set.of("kallsyms_addresses", "kallsyms_offsets",
            "kallsyms_relative_base", "kallsyms_num_syms", "kallsyms_names", "kallsyms_markers",
            "kallsyms_token_table", "kallsyms_token_index", "kallsyms_seqs_of_names", "_SDA_BASE_", "_SDA2_BASE_");
    private static final List<String> IGNORED_PREFIXES_5_10 = List.of("$", ".LASANPC", "__crc_", "__efistub_",
            "__kvm_nvhe_", "__AArch64ADRPThunk_", "__ARMV5PILongThunk_", "__ARMV7PILongThunk_",
            "__ThumbV7PILongThunk_", "__LA25Thunk_", "__microLA25Thunk_");
    private static final List<String> IGNORED_PREFIXES_6_1 = List.of("__efistub_", "__kvm_nvhe_$",
            "__kvm_nvhe_.L", "__AArch64ADRPThunk_", "__ARMV5PILongThunk_", "__ARMV7PILongThunk_",
            "__ThumbV7PILongThunk_", "__LA25Thunk_", "__microLA25Thunk_", "__kcfi_typeid_");
    private static final List<String> IGNORED_SUFFIXES = List.of("_from_arm", "_from_thumb", "_veneer");
    private static final List<String> IGNORED_INFIXES = List.of(".long_branch.", ".plt_branch.");
    private static final Set<String> KEPT_ABSOLUTES = Set.of("__kernel_syscall_via_break",
            "__kernel_syscall_via_epc", "__kernel_sigtramp", "__gp");

    private final String generation;
    private final boolean allSymbols;
    private final boolean absolutePercpu;

    public KallsymsModel(String generation, List<String> args) {
        this.generation = generation;
        this.allSymbols = args.contains("--all-symbols");
        this.absolutePercpu = args.contains("--absolute-percpu");
    }

    public List<ExpectedSymbol> select(List<MapLine> lines) {
        Ranges ranges = new Ranges();
        List<MapLine> read = new ArrayList<>();
        for (MapLine line : lines) {
            if (line.name().length() >= nameLimit() || ignored(line)) {
                continue;
            }
            ranges.note(line);
            read.add(line);
        }
        List<MapLine> kept = read.stream().filter(l -> valid(l, ranges)).sorted(order()).toList();
        return kept.stream().map(l -> new ExpectedSymbol(l.address(), typeOf(l, ranges), l.name())).toList();
    }

    private int nameLimit() {
        return generation.equals("5.10") ? 128 : 512;
    }

    private boolean older() {
        return generation.equals("5.10") || generation.equals("6.1");
    }

    private boolean ignored(MapLine line) {
        char type = line.type();
        String name = line.name();
        if (older()) {
            List<String> prefixes = generation.equals("5.10") ? IGNORED_PREFIXES_5_10 : IGNORED_PREFIXES_6_1;
            boolean listed = (IGNORED_NAMES.contains(name) && (generation.equals("6.1")
                    || !name.equals("kallsyms_seqs_of_names")))
                    || prefixes.stream().anyMatch(name::startsWith)
                    || IGNORED_SUFFIXES.stream().anyMatch(name::endsWith)
                    || IGNORED_INFIXES.stream().anyMatch(name::contains);
            if (listed || type == 'U' || type == 'N') {
                return true;
            }
        }
        if (type == 'u' || type == 'n') {
            return true;
        }
        return Character.toUpperCase(type) == 'A' && !KEPT_ABSOLUTES.contains(name);
    }

    private boolean valid(MapLine line, Ranges ranges) {
        if (allSymbols) {
            return true;
        }
        if (!older() && (line.name().startsWith("__start_") || line.name().startsWith("__stop_"))) {
            return true;
        }
        if (!ranges.inText(line.address())) {
            return false;
        }
        return !(line.address() == ranges.textEnd && !line.name().equals("_etext"))
                && !(line.address() == ranges.initEnd && !line.name().equals("_einittext"));
    }

    private char typeOf(MapLine line, Ranges ranges) {
        boolean percpu = absolutePercpu && !generation.equals("7.2") && ranges.inPercpu(line.address());
        return percpu ? 'A' : line.type();
    }

    private static Comparator<MapLine> order() {
        return Comparator.<MapLine, Long>comparing(MapLine::address, Long::compareUnsigned)
                .thenComparingInt(l -> isWeak(l) ? 1 : 0)
                .thenComparingInt(l -> linkerProvided(l.name()) ? 1 : 0)
                .thenComparingInt(l -> leadingUnderscores(l.name()))
                .thenComparingInt(MapLine::position);
    }

    private static boolean isWeak(MapLine line) {
        return line.type() == 'w' || line.type() == 'W';
    }

    /** Names a linker script typically defines: __start_X, __stop_X, __end_X, __X_start, __X_end (8+ chars). */
    private static boolean linkerProvided(String name) {
        if (name.length() < 8 || !name.startsWith("__")) {
            return false;
        }
        return name.startsWith("__start_") || name.startsWith("__stop_") || name.startsWith("__end_")
                || name.endsWith("_start") || name.endsWith("_end");
    }

    private static int leadingUnderscores(String name) {
        int n = 0;
        while (n < name.length() && name.charAt(n) == '_') {
            n++;
        }
        return n;
    }

    /** Boundaries seen while reading (only lines that survive the ignore rules count). */
    private static final class Ranges {
        long textStart;
        long textEnd;
        long initStart;
        long initEnd;
        long percpuStart = -1;
        long percpuEnd;

        void note(MapLine line) {
            switch (line.name()) {
                case "_stext" -> textStart = line.address();
                case "_etext" -> textEnd = line.address();
                case "_sinittext" -> initStart = line.address();
                case "_einittext" -> initEnd = line.address();
                case "__per_cpu_start" -> percpuStart = line.address();
                case "__per_cpu_end" -> percpuEnd = line.address();
                default -> { }
            }
        }

        boolean inText(long address) {
            return within(address, textStart, textEnd) || within(address, initStart, initEnd);
        }

        boolean inPercpu(long address) {
            return within(address, percpuStart, percpuEnd);
        }

        private static boolean within(long address, long start, long end) {
            return Long.compareUnsigned(address, start) >= 0 && Long.compareUnsigned(address, end) <= 0;
        }
    }
}
