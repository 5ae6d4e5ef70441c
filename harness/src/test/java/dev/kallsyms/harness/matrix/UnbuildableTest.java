package dev.kallsyms.harness.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kallsyms.harness.Cell;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UnbuildableTest {
    @Test
    void aListedPairHasItsReasonOthersNone() {
        Unbuildable u = new Unbuildable("# comment\n\n5.10  gcc-sid  host tools fail: bool is a keyword in C23\n");
        assertEquals(Optional.of("host tools fail: bool is a keyword in C23"),
                u.reason(Cell.of("5.10", "gcc-sid", "tinyconfig")));
        assertEquals(Optional.empty(), u.reason(Cell.of("5.10", "gcc-10", "tinyconfig")));
        assertEquals(Optional.empty(), u.reason(Cell.of("6.1", "gcc-sid", "tinyconfig")));
    }

    @Test
    void aLineWithoutReasonIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Unbuildable("5.10 gcc-sid\n"));
    }

    @Test
    void theShippedTableLoadsAndEveryPairNamesAKnownKernelAndToolchain() {
        Unbuildable.load();
    }
}
