package dev.kallsyms.harness.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kallsyms.harness.Cell;
import java.util.HashSet;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CellSampleTest {
    private static final List<Cell> MATRIX = IntStream.range(0, 40)
            .mapToObj(i -> Cell.of("6.1", "gcc-12", "board" + i + "_defconfig")).toList();

    @Test
    void theSameSeedPicksTheSameCellsInMatrixOrder() {
        List<Cell> a = CellSample.pick(MATRIX, 5, 42);
        assertEquals(a, CellSample.pick(MATRIX, 5, 42));
        assertEquals(5, new HashSet<>(a).size());
        for (int i = 1; i < a.size(); i++) {
            assertTrue(MATRIX.indexOf(a.get(i - 1)) < MATRIX.indexOf(a.get(i)), "matrix order kept");
        }
        assertNotEquals(a, CellSample.pick(MATRIX, 5, 43), "another seed, another pick");
    }

    @Test
    void thePickIsFixedAcrossMachines() {
        // java.util.Random and Collections.shuffle are specified to the algorithm: this pick must never change
        assertEquals(List.of("board4_defconfig", "board8_defconfig", "board27_defconfig"),
                CellSample.pick(MATRIX, 3, 7).stream().map(Cell::defconfig).toList());
    }

    @Test
    void aSampleAsLargeAsTheMatrixKeepsItAndZeroIsAnError() {
        assertEquals(MATRIX, CellSample.pick(MATRIX, 40, 1));
        assertEquals(MATRIX, CellSample.pick(MATRIX, 100, 1));
        assertThrows(IllegalArgumentException.class, () -> CellSample.pick(MATRIX, 0, 1));
    }
}
