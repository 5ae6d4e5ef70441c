package dev.kallsyms.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BootTableTest {
    private final BootTable table = BootTable.standard();

    @Test
    void vexpressBootsOnTheA9BoardWithItsDeviceTree() {
        BootTarget t = table.forDefconfig("vexpress_defconfig").orElseThrow();
        assertEquals("vexpress-a9", t.machine());
        assertEquals(Optional.of("vexpress-v2p-ca9.dtb"), t.dtb());
        assertEquals("ttyAMA0", t.console());
        assertEquals(List.of("zImage", "dtbs"), t.makeTargets());
        assertEquals("armhf", t.userland());
        assertTrue(t.requiredConfig().contains("BLK_DEV_INITRD"));
    }

    @Test
    void versatileBootsOnVersatilePbWithAnArmv5Userland() {
        BootTarget t = table.forDefconfig("versatile_defconfig").orElseThrow();
        assertEquals("versatilepb", t.machine());
        assertEquals(Optional.of("versatile-pb.dtb"), t.dtb());
        // the ARM926 core cannot run armhf (ARMv7) code
        assertEquals("armel", t.userland());
    }

    @Test
    void multiV7UsesVirtWhoseDeviceTreeQemuMakes() {
        BootTarget t = table.forDefconfig("multi_v7_defconfig").orElseThrow();
        assertEquals("virt", t.machine());
        assertEquals(Optional.empty(), t.dtb());
        assertEquals(List.of("zImage"), t.makeTargets());
    }

    @Test
    void unknownDefconfigIsNotBootable() {
        assertFalse(table.forDefconfig("tinyconfig").isPresent());
        assertFalse(BootCheck.standard().canBoot("omap2plus_defconfig"));
    }

    @Test
    void rowWithMissingColumnIsRefusedWithItsLineNumber() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BootTable.parse("# header\nfoo_defconfig virt 256 - ttyAMA0 armhf zImage\n"));
        assertTrue(e.getMessage().startsWith("line 2:"), e.getMessage());
    }

    @Test
    void duplicateDefconfigIsRefused() {
        String row = "a_defconfig virt 256 - ttyAMA0 armhf zImage KALLSYMS\n";
        assertThrows(IllegalArgumentException.class, () -> BootTable.parse(row + row));
    }

    @Test
    void nonNumericMemoryIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> BootTable.parse("a_defconfig virt lots - ttyAMA0 armhf zImage KALLSYMS\n"));
    }
}
