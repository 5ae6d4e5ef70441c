package dev.kallsyms.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class KernelConfigTest {
    private final KernelConfig config = KernelConfig.parse("""
            CONFIG_KALLSYMS=y
            CONFIG_PROC_FS=y
            CONFIG_SERIAL_8250=m
            # CONFIG_BLK_DEV_INITRD is not set
            CONFIG_CMDLINE="console=ttyAMA0"
            """);

    @Test
    void onlyBuiltInOptionsCount() {
        assertTrue(config.isBuiltIn("KALLSYMS"));
        assertFalse(config.isBuiltIn("SERIAL_8250"), "a module is not built in");
        assertFalse(config.isBuiltIn("BLK_DEV_INITRD"));
    }

    @Test
    void missingListsTheOptionsNotSetInOrder() {
        assertEquals(List.of("BLK_DEV_INITRD", "SERIAL_8250"),
                config.missing(List.of("KALLSYMS", "BLK_DEV_INITRD", "PROC_FS", "SERIAL_8250")));
    }
}
