package dev.kallsyms.containers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One toolchain recipe (data file {@code toolchains/<id>.properties}): which Debian suite, which packages
 * (the common kernel-build set first, then the recipe's own), and the make variables a kernel build with it
 * takes, e.g. {@code ARCH=arm CROSS_COMPILE=arm-linux-gnueabihf-}.
 *
 * @param aptOptions     extra apt-get options for this suite (e.g. sid's expired Release)
 * @param versionCommands name to command line whose first output line records a tool's version
 * @param pathPrepend    a directory put first on the image's PATH, or empty: how a versioned LLVM (Debian's
 *                       /usr/lib/llvm-N/bin) answers to the plain names LLVM=1 calls, on every kernel generation
 */
public record Toolchain(String id, String suite, List<String> packages, List<String> makeVars,
                        String description, List<String> aptOptions, Map<String, String> versionCommands,
                        String pathPrepend) {
    public Toolchain {
        packages = List.copyOf(packages);
        makeVars = List.copyOf(makeVars);
        aptOptions = List.copyOf(aptOptions);
        versionCommands = Map.copyOf(versionCommands);
    }

    /** The make variables as name to value, in recipe order. */
    public Map<String, String> makeVarMap() {
        Map<String, String> vars = new LinkedHashMap<>();
        for (String assignment : makeVars) {
            int eq = assignment.indexOf('=');
            vars.put(assignment.substring(0, eq), assignment.substring(eq + 1));
        }
        return vars;
    }

    /** True for LLVM=1 toolchains (clang and lld in place of gcc and binutils). */
    public boolean isLlvm() {
        return "1".equals(makeVarMap().get("LLVM"));
    }
}
