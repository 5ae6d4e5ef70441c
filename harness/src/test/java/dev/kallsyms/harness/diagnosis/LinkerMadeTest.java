package dev.kallsyms.harness.diagnosis;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LinkerMadeTest {
    @Test
    void veneersThunksIslandsAndPltStubsAreLinkerMade() {
        assertTrue(LinkerMade.is("__memcpy_veneer"));
        assertTrue(LinkerMade.is("__ARMV7PILongThunk_start_kernel"));
        assertTrue(LinkerMade.is("__ThumbV7PILongThunk_do_exit"));
        assertTrue(LinkerMade.is("00000021.long_branch.r2off.foo"));
        assertTrue(LinkerMade.is("__plt_printk"));
    }

    @Test
    void ordinarySymbolsAreNot() {
        assertFalse(LinkerMade.is("start_kernel"));
        assertFalse(LinkerMade.is("__per_cpu_start"));
        assertFalse(LinkerMade.is("veneer_table"));
        assertFalse(LinkerMade.is("kallsyms_names"));
    }
}
