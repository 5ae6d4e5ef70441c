package dev.kallsyms.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QemuCommandTest {
    private final BootTable table = BootTable.standard();

    @Test
    void vexpressCommandLine() {
        List<String> argv = QemuCommand.of(table.forDefconfig("vexpress_defconfig").orElseThrow(), "/out/zImage",
                "/out/board.dtb", "/initramfs/i.cpio.gz");
        assertEquals(List.of("qemu-system-arm", "-M", "vexpress-a9", "-m", "256", "-kernel", "/out/zImage",
                "-dtb", "/out/board.dtb", "-initrd", "/initramfs/i.cpio.gz",
                "-append", "console=ttyAMA0 rdinit=/init panic=-1", "-nic", "none", "-display", "none", "-serial", "stdio",
                "-monitor", "none", "-no-reboot", "-pidfile", QemuCommand.PID_FILE), argv);
    }

    @Test
    void virtHasNoDeviceTreeArgument() {
        List<String> argv = QemuCommand.of(table.forDefconfig("multi_v7_defconfig").orElseThrow(), "/out/zImage",
                null, "/initramfs/i.cpio.gz");
        assertFalse(argv.contains("-dtb"));
        assertTrue(argv.containsAll(List.of("-M", "virt")));
    }

    @Test
    void deviceTreeIsFoundInAVendorSubdirectory(@TempDir Path tree) throws Exception {
        Path dtb = tree.resolve("arch/arm/boot/dts/arm/vexpress-v2p-ca9.dtb");
        Files.createDirectories(dtb.getParent());
        Files.write(dtb, new byte[] {(byte) 0xd0, 0x0d, (byte) 0xfe, (byte) 0xed});
        assertEquals(Optional.of("/out/arch/arm/boot/dts/arm/vexpress-v2p-ca9.dtb"),
                BootCheck.dtbInContainer(tree, table.forDefconfig("vexpress_defconfig").orElseThrow()));
        assertEquals(Optional.empty(),
                BootCheck.dtbInContainer(tree, table.forDefconfig("versatile_defconfig").orElseThrow()));
    }
}
