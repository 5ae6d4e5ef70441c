package example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kallsyms.harness.Cell;
import dev.kallsyms.harness.junit.MatrixSource;
import org.junit.jupiter.params.ParameterizedTest;

/** What KernelCellsTest is given, checked on every build: the matrix file's cell, as bin/harness would read it. */
class MatrixSourceTest {

    @ParameterizedTest
    @MatrixSource(file = "src/test/resources/cells.matrix")
    void theFilesCell(Cell cell) {
        assertEquals("6.1 gcc-12 tinyconfig", cell.kernel() + " " + cell.toolchain() + " " + cell.defconfig());
        assertTrue(cell.fragments().contains("CONFIG_KALLSYMS=y"), cell.describe());
    }
}
