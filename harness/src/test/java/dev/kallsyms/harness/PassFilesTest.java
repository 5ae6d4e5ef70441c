package dev.kallsyms.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kallsyms.fixtures.KernelVersion;
import dev.kallsyms.fixtures.Kernels;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The pass-file table against what each generation's scripts/link-vmlinux.sh writes. */
class PassFilesTest {
    @Test
    void everyKernelGenerationHasAnEntry() {
        for (KernelVersion k : Kernels.all()) {
            PassFiles f = PassFiles.forGeneration(k.generation());
            assertTrue(f.firstPass() == 0 || f.firstPass() == 1, k.generation());
            assertTrue(f.asm(1).endsWith(".S"), k.generation());
        }
    }

    @Test
    void generation61() {
        PassFiles f = PassFiles.forGeneration("6.1");
        assertEquals(1, f.firstPass());
        assertEquals(Optional.of(".tmp_vmlinux.kallsyms2"), f.elf(2));
        assertEquals(Optional.of(".tmp_vmlinux.kallsyms2.syms"), f.map(2));
        assertEquals(".tmp_vmlinux.kallsyms2.o", f.object(2));
        assertEquals("vmlinux", f.finalElf());
        assertEquals(OptionalInt.of(3), f.passOfOutput("/out/.tmp_vmlinux.kallsyms3.S"));
    }

    @Test
    void generation510PipesTheMap() {
        PassFiles f = PassFiles.forGeneration("5.10");
        assertTrue(f.mapOnStdin());
        assertEquals(Optional.empty(), f.map(1));
        assertEquals(Optional.of(".tmp_vmlinux.kallsyms1"), f.elf(1));
    }

    @Test
    void generation612StartsWithAnEmptyPassZero() {
        PassFiles f = PassFiles.forGeneration("6.12");
        assertEquals(0, f.firstPass());
        assertEquals(Optional.empty(), f.elf(0));
        assertEquals(Optional.of(".tmp_vmlinux.kallsyms0.syms"), f.map(0));
        assertEquals(Optional.of(".tmp_vmlinux1.syms"), f.map(1));
        assertEquals(OptionalInt.of(0), f.passOfOutput(".tmp_vmlinux0.kallsyms.S"));
        assertEquals(OptionalInt.of(2), f.passOfOutput("/out/.tmp_vmlinux2.kallsyms.S"));
        assertEquals(OptionalInt.empty(), f.passOfOutput("/out/.tmp_vmlinux.kallsyms2.S"));
    }

    @Test
    void generation72LinksVmlinuxUnstripped() {
        PassFiles f = PassFiles.forGeneration("7.2");
        assertEquals("vmlinux.unstripped", f.finalElf());
        assertEquals(Optional.of(".tmp_vmlinux0.syms"), f.map(0));
        assertEquals(".tmp_vmlinux3.kallsyms.S", f.asm(3));
    }

    @Test
    void unknownGenerationIsAClearError() {
        assertThrows(IllegalArgumentException.class, () -> PassFiles.forGeneration("4.19"));
    }

    @Test
    void switchesFollowEachGenerationsLinkScript() {
        Set<String> all = Set.of("CONFIG_KALLSYMS_ALL", "CONFIG_KALLSYMS_ABSOLUTE_PERCPU",
                "CONFIG_KALLSYMS_BASE_RELATIVE", "CONFIG_LTO_CLANG", "CONFIG_RELOCATABLE");
        assertEquals(List.of("--all-symbols", "--absolute-percpu", "--base-relative"),
                PassFiles.forGeneration("5.10").arguments(all));
        assertEquals(List.of("--all-symbols", "--absolute-percpu", "--base-relative", "--lto-clang"),
                PassFiles.forGeneration("6.1").arguments(all));
        assertEquals(List.of("--all-symbols", "--absolute-percpu"), PassFiles.forGeneration("6.12").arguments(all));
        assertEquals(List.of("--all-symbols", "--pc-relative"), PassFiles.forGeneration("7.2").arguments(all));
        assertEquals(List.of("--pc-relative"), PassFiles.forGeneration("7.2").arguments(Set.of("CONFIG_64BIT")));
        assertEquals(List.of(), PassFiles.forGeneration("7.2").arguments(Set.of("CONFIG_KALLSYMS")));
        assertEquals(List.of("--base-relative"),
                PassFiles.forGeneration("6.1").arguments(Set.of("CONFIG_KALLSYMS_BASE_RELATIVE")));
    }
}
