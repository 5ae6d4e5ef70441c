package dev.kallsyms.harness.cli;

import dev.kallsyms.harness.Pins;
import picocli.CommandLine.Option;

/** What reproduce.sh pins; a pin that can no longer be met ends the run with UNAVAILABLE, nothing built. */
public final class PinOptions {
    @Option(names = "--kernel-package-version", paramLabel = "VERSION",
            description = "Build from exactly this linux-source version (e.g. 6.1.176-1), cached or still offered "
                    + "by a suite of the kernel; default: the newest offered.")
    String kernelPackageVersion;

    @Option(names = "--toolchain-image-id", paramLabel = "sha256:...",
            description = "Build in exactly this toolchain image while the engine has it (else in the recipe's "
                    + "image, which --toolchain-packages then holds to the same package versions).")
    String toolchainImageId;

    @Option(names = "--toolchain-packages", paramLabel = "'NAME=VERSION ...'",
            description = "Require the toolchain image to have exactly these versions of its recipe's packages "
                    + "(metadata.json: toolchain.toolVersions.packages).")
    String toolchainPackages;

    @Option(names = "--generator-sha256", paramLabel = "HEX",
            description = "Require the generator jar to have this SHA-256.")
    String generatorSha256;

    Pins toPins() {
        return new Pins(kernelPackageVersion, toolchainImageId, toolchainPackages, generatorSha256);
    }
}
