package dev.kallsyms.boot;

import java.util.ArrayList;
import java.util.List;

/**
 * The qemu-system-arm command line for a target, with paths as the container sees them. The serial port is
 * qemu's standard output (no monitor, no display); {@code panic=-1} turns a kernel panic into a reset and
 * {@code -no-reboot} a reset into qemu's exit, so a kernel that cannot start init ends the run at once.
 */
public final class QemuCommand {
    /** qemu writes its pid here so that the run can be stopped once the dump is complete. */
    public static final String PID_FILE = "/tmp/qemu.pid";

    private QemuCommand() {
    }

    /**
     * @param zImage    the kernel image inside the container
     * @param dtb       the device tree inside the container; null when the target has none
     * @param initramfs the initramfs inside the container
     */
    public static List<String> of(BootTarget target, String zImage, String dtb, String initramfs) {
        List<String> argv = new ArrayList<>(List.of("qemu-system-arm", "-M", target.machine(),
                "-m", Integer.toString(target.memoryMiB()), "-kernel", zImage));
        if (dtb != null) {
            argv.addAll(List.of("-dtb", dtb));
        }
        argv.addAll(List.of("-initrd", initramfs,
                "-append", "console=" + target.console() + " rdinit=/init panic=-1",
                // no network card: virt's default one needs a boot ROM from another package, and nothing here
                // uses a network
                "-nic", "none", "-display", "none", "-serial", "stdio", "-monitor", "none", "-no-reboot",
                "-pidfile", PID_FILE));
        return argv;
    }
}
