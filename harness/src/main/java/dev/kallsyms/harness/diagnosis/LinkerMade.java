package dev.kallsyms.harness.diagnosis;

import java.util.regex.Pattern;

/**
 * Symbols the linker makes itself rather than the compiler: veneers (GNU ld, ARM), long-branch thunks (lld),
 * branch islands / long-branch stubs, PLT stubs. They appear and vanish with the distances between code, so
 * they are the usual reason a later pass has symbols an earlier one lacked.
 */
public final class LinkerMade {
    private static final Pattern PATTERN = Pattern.compile(
            "__.*_veneer|__.*LongThunk_.*|__.*ShortThunk_.*|__.*Thunk_.*|.*\\.long_branch\\..*|__plt_.*"
                    + "|.*\\.plt_branch\\..*|__.*_from_(arm|thumb)|__.*_stub");

    private LinkerMade() {
    }

    public static boolean is(String name) {
        return PATTERN.matcher(name).matches();
    }
}
