package dev.kallsyms.harness.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kallsyms.containers.Toolchains;
import dev.kallsyms.fixtures.Kernels;
import dev.kallsyms.harness.Cell;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UnbuildableTest {
    @Test
    void aPairListedForEveryDefconfigHasItsReasonOthersNone() {
        Unbuildable u = new Unbuildable("# comment\n\n5.10  gcc-sid  *  host tools fail: bool is a keyword in C23\n");
        assertEquals(Optional.of("host tools fail: bool is a keyword in C23"),
                u.reason(Cell.of("5.10", "gcc-sid", "tinyconfig")));
        assertEquals(Optional.of("host tools fail: bool is a keyword in C23"),
                u.reason(Cell.of("5.10", "gcc-sid", "omap2plus_defconfig")));
        assertEquals(Optional.empty(), u.reason(Cell.of("5.10", "gcc-10", "tinyconfig")));
        assertEquals(Optional.empty(), u.reason(Cell.of("6.1", "gcc-sid", "tinyconfig")));
    }

    @Test
    void aNamedDefconfigIsSkippedAloneAndIsNotAPairToExclude() {
        Unbuildable u = new Unbuildable("6.1 gcc-12 sunxi_defconfig drivers/foo.c: error: bar\n");
        assertEquals(Optional.of("drivers/foo.c: error: bar"), u.reason(Cell.of("6.1", "gcc-12", "sunxi_defconfig")));
        assertEquals(Optional.empty(), u.reason(Cell.of("6.1", "gcc-12", "tinyconfig")));
        assertEquals(Optional.empty(), u.reason(Cell.of("6.1", "gcc-14", "sunxi_defconfig")));
        assertEquals(Map.of(), u.toolchainsByKernel());
        assertEquals(List.of(new Unbuildable.Entry("6.1", "gcc-12", "sunxi_defconfig", "drivers/foo.c: error: bar")),
                u.namedDefconfigs());
    }

    @Test
    void aLineWithoutDefconfigOrReasonIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Unbuildable("5.10 gcc-sid\n"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Unbuildable("5.10 gcc-sid too new\n"));
        assertTrue(e.getMessage().contains("defconfig (or *)"), e.getMessage());
    }

    @Test
    void theShippedTableLoadsAndEveryLineNamesAKnownKernelToolchainAndDefconfig() {
        Unbuildable shipped = Unbuildable.load();
        Map<String, List<String>> pairs = shipped.toolchainsByKernel();
        assertFalse(pairs.isEmpty(), "the pairs measured not to build are listed");
        List<String> kernels = Kernels.all().stream().map(k -> k.generation()).toList();
        List<String> toolchains = Toolchains.all().stream().map(t -> t.id()).toList();
        pairs.forEach((kernel, ids) -> {
            assertTrue(kernels.contains(kernel), kernel + " is not a kernel of kernels.list");
            assertTrue(toolchains.containsAll(ids), ids + " are not all toolchains of toolchains.list");
        });
        for (Unbuildable.Entry named : shipped.namedDefconfigs()) {
            assertTrue(kernels.contains(named.kernel()), named + ": not a kernel of kernels.list");
            assertTrue(toolchains.contains(named.toolchain()), named + ": not a toolchain of toolchains.list");
            DefconfigLists.requireKnown(named.kernel(), named.defconfig());
        }
    }

    @Test
    void pairsAreGroupedByKernelInTheFilesOrder() {
        Unbuildable u = new Unbuildable("7.2 clang * too old\n5.10 gcc-sid * too new\n7.2 clang-15 * too old\n");
        assertEquals(Map.of("7.2", List.of("clang", "clang-15"), "5.10", List.of("gcc-sid")), u.toolchainsByKernel());
        assertEquals(List.of("7.2", "5.10"), List.copyOf(u.toolchainsByKernel().keySet()));
    }
}
