package dev.kallsyms.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checks BootCheck makes before it needs a container. */
class BootCheckConfigTest {
    @Test
    void configWithoutInitrdSupportIsNotBootableAndSaysWhy(@TempDir Path dir) throws Exception {
        Path tree = dir.resolve("build");
        Files.createDirectories(tree);
        Files.writeString(tree.resolve(".config"), """
                CONFIG_KALLSYMS=y
                CONFIG_PROC_FS=y
                # CONFIG_BLK_DEV_INITRD is not set
                CONFIG_RD_GZIP=y
                CONFIG_SERIAL_AMBA_PL011_CONSOLE=y
                """);
        BootRequest request = BootRequest.of("vexpress_defconfig", tree, dir.resolve("src"), null, List.of(), 1,
                dir.resolve("boot"));
        BootResult result = BootCheck.standard().run(request);
        assertEquals(BootResult.Outcome.NOT_BOOTABLE, result.outcome());
        assertFalse(result.booted());
        assertFalse(result.passed());
        assertTrue(result.detail().contains("[CONFIG_BLK_DEV_INITRD=y]"), result.detail());
    }

    @Test
    void defconfigOutsideTheTableIsRefused(@TempDir Path dir) {
        BootRequest request = BootRequest.of("tinyconfig", dir, dir, null, List.of(), 1, dir.resolve("boot"));
        assertThrows(IllegalArgumentException.class, () -> BootCheck.standard().run(request));
    }
}
