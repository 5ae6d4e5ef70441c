package dev.kallsyms.boot;

import dev.kallsyms.containers.KernelTrees;
import dev.kallsyms.containers.ToolchainImage;
import dev.kallsyms.containers.ToolchainImages;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What the boot check needs from a finished build.
 *
 * @param buildTree     the O= directory, with vmlinux, System.map and .config
 * @param sourceTree    the kernel source (mounted read-only)
 * @param makeVariables exactly the NAME=value list the build used: a different CC, say, would make kbuild
 *                      rebuild every object (and relink vmlinux) for zImage
 * @param outputDir     where the console log, the make log and the result go
 */
public record BootRequest(String defconfig, Path buildTree, Path sourceTree, ToolchainImage toolchainImage,
                          List<String> makeVariables, int jobs, Path outputDir, Duration makeTimeout,
                          Duration bootTimeout) {
    public static final Duration DEFAULT_MAKE_TIMEOUT = Duration.ofMinutes(30);
    /** qemu without acceleration on a busy 2-core machine; the measured boot-and-dump is under 10 s. */
    public static final Duration DEFAULT_BOOT_TIMEOUT = Duration.ofMinutes(3);

    public BootRequest {
        makeVariables = List.copyOf(makeVariables);
    }

    /**
     * For a build made by generation and toolchain id (the harness's cells): the source tree and the toolchain
     * image are the cached ones the build used.
     *
     * @throws dev.kallsyms.containers.InfraException when the engine or the mirror failed
     */
    public static BootRequest forBuild(String defconfig, String kernelGeneration, String toolchainId,
                                       List<String> makeVariables, Path buildTree, int jobs, Path outputDir) {
        return of(defconfig, buildTree, KernelTrees.ensure(kernelGeneration).root(),
                ToolchainImages.ensure(toolchainId), makeVariables, jobs, outputDir);
    }

    public static BootRequest of(String defconfig, Path buildTree, Path sourceTree, ToolchainImage image,
                                 List<String> makeVariables, int jobs, Path outputDir) {
        return new BootRequest(defconfig, buildTree, sourceTree, image, makeVariables, jobs, outputDir,
                DEFAULT_MAKE_TIMEOUT, DEFAULT_BOOT_TIMEOUT);
    }
}
