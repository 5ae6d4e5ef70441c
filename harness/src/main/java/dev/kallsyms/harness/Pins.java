package dev.kallsyms.harness;

import dev.kallsyms.containers.KernelTrees;
import dev.kallsyms.containers.ToolchainImage;
import dev.kallsyms.containers.ToolchainImages;
import dev.kallsyms.containers.UnavailableException;
import dev.kallsyms.containers.image.Recipes;
import java.nio.file.Path;

/**
 * What reproduce.sh holds a cell's inputs to: the exact kernel source package version, the toolchain image
 * (that very image while the engine has it, else one with exactly the recipe's package versions), and the
 * generator jar's SHA-256 (each null: not pinned). A pin that can no longer be met ends the run before any
 * cell is built ({@link UnavailableException}), never with a build of something else.
 *
 * @param kernelPackageVersion e.g. {@code 6.1.176-1}
 * @param toolchainImageId     {@code sha256:...}: used when the engine still has it
 * @param toolchainPackages    the image's {@code packages} tool version: {@code NAME=VERSION ...}
 * @param generatorSha256      of the jar given with --generator-jar
 */
public record Pins(String kernelPackageVersion, String toolchainImageId, String toolchainPackages,
                   String generatorSha256) {
    public static final Pins NONE = new Pins(null, null, null, null);

    /** The pinned image when the engine still has it, else the recipe's (built if need be). */
    public ToolchainImage toolchainImage(String toolchain) {
        java.util.Optional<ToolchainImage> pinned = toolchainImageId == null ? java.util.Optional.empty()
                : ToolchainImages.byId(toolchain, toolchainImageId);
        return pinned.orElseGet(() -> ToolchainImages.ensure(toolchain));
    }

    /** Checks every pin of a cell, fetching or building what it needs (later phases reuse both). */
    public void require(Cell cell, Path generatorJar) {
        if (generatorSha256 != null) {
            if (!java.nio.file.Files.isRegularFile(generatorJar)) {
                throw new UnavailableException("generator jar " + generatorJar + " is missing; the cell was built "
                        + "with one of SHA-256 " + generatorSha256);
            }
            String actual = FileDigests.of(generatorJar, generatorJar.toString()).sha256();
            if (!actual.equals(generatorSha256)) {
                throw new UnavailableException("generator jar " + generatorJar + " has SHA-256 " + actual
                        + ", the cell was built with " + generatorSha256);
            }
        }
        if (kernelPackageVersion != null) {
            KernelTrees.ensurePinned(cell.kernel(), kernelPackageVersion);
        }
        if (toolchainPackages != null) {
            ToolchainImage image = toolchainImage(cell.toolchain());
            String actual = image.toolVersions().get(Recipes.PACKAGES_VERSION);
            if (!toolchainPackages.strip().equals(actual == null ? null : actual.strip())) {
                throw new UnavailableException("toolchain " + cell.toolchain() + " (" + image.tag() + ") now has "
                        + actual + "; the cell was built with " + toolchainPackages.strip());
            }
        }
    }
}
