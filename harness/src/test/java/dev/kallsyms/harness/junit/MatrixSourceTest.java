package dev.kallsyms.harness.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kallsyms.harness.Cell;
import dev.kallsyms.harness.cli.MatrixCommand;
import dev.kallsyms.harness.matrix.MatrixFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;

/** JUnit itself runs the parameterized tests; afterwards each must have seen exactly its matrix's cells. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MatrixSourceTest {
    private static final String FILE = "src/test/resources/junit/two-cells.matrix";
    private final List<Cell> shipped = new ArrayList<>();
    private final List<Cell> own = new ArrayList<>();

    @ParameterizedTest
    @MatrixSource
    void theDefaultMatrixIsTheDefault(Cell cell) {
        shipped.add(cell);
    }

    @ParameterizedTest
    @MatrixSource(file = FILE)
    void aMatrixFileOfOnesOwn(Cell cell) {
        own.add(cell);
    }

    @AfterAll
    void everyCellOnceInTheFilesOrder() {
        assertEquals(MatrixFile.fromResource(MatrixFile.DEFAULT, MatrixCommand::parseLine), shipped);
        assertEquals(List.of(new Cell("6.1", "gcc-12", "tinyconfig", List.of("CONFIG_KALLSYMS=y"), List.of()),
                new Cell("7.2", "gcc-14", "versatile_defconfig", List.of(), List.of("KALLSYMS_EXTRA_PASS=1"))), own);
        assertEquals(MatrixFile.fromFile(Path.of(FILE), MatrixCommand::parseLine), own);
    }
}
