package dev.kallsyms.generator.select;

import dev.kallsyms.generator.Generation;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Decides which generation to follow: --kernel-version, else KALLSYMS_KERNEL_VERSION, else the
 * kernel tree of the working directory, else the version Kbuild exports to its scripts.
 */
public final class GenerationLocator {
    public static final String ENV = "KALLSYMS_KERNEL_VERSION";

    private GenerationLocator() {
    }

    public static Generation locate(String optionValue, Map<String, String> env, Path workDir)
            throws GenerationException {
        if (optionValue != null) {
            return parse(optionValue, "--kernel-version");
        }
        if (env.get(ENV) != null && !env.get(ENV).isBlank()) {
            return parse(env.get(ENV), ENV);
        }
        Optional<String> tree = KernelTree.version(workDir);
        if (tree.isPresent()) {
            return parse(tree.get(), "the kernel tree in " + workDir);
        }
        Optional<String> kbuild = kbuildVersion(env);
        if (kbuild.isPresent()) {
            return parse(kbuild.get(), "the Kbuild environment");
        }
        throw new GenerationException("cannot tell which kernel generation to follow: pass --kernel-version X.Y, "
                + "set " + ENV + ", or run in a kernel tree (no top Makefile with VERSION and PATCHLEVEL found in "
                + workDir + ")");
    }

    private static Optional<String> kbuildVersion(Map<String, String> env) {
        String version = env.get("VERSION");
        String patchlevel = env.get("PATCHLEVEL");
        if (version != null && patchlevel != null && KernelTree.isNumber(version) && KernelTree.isNumber(patchlevel)) {
            return Optional.of(version + "." + patchlevel);
        }
        return Optional.ofNullable(env.get("KERNELVERSION"));
    }

    private static Generation parse(String version, String origin) throws GenerationException {
        try {
            return Generation.parse(version);
        } catch (IllegalArgumentException e) {
            throw new GenerationException(e.getMessage() + " (from " + origin + ")");
        }
    }
}
