package dev.kallsyms.boot;

import java.util.List;
import java.util.Optional;

/**
 * How one defconfig boots under qemu-system-arm: a row of {@code boot-targets.tsv}.
 *
 * @param dtb            device tree file name under the tree's arch/arm/boot/dts; empty when qemu makes one
 * @param userland       Debian architecture of the initramfs' busybox (armhf, armel)
 * @param makeTargets    what to build after vmlinux, e.g. zImage and dtbs
 * @param requiredConfig options (without CONFIG_) the .config must have =y for this boot to work
 */
public record BootTarget(String defconfig, String machine, int memoryMiB, Optional<String> dtb, String console,
                         String userland, List<String> makeTargets, List<String> requiredConfig) {
    public BootTarget {
        makeTargets = List.copyOf(makeTargets);
        requiredConfig = List.copyOf(requiredConfig);
        if (memoryMiB <= 0) {
            throw new IllegalArgumentException("memory must be positive: " + memoryMiB);
        }
    }
}
