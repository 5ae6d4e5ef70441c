package example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kallsyms.generator.Kallsyms;
import dev.kallsyms.harness.Cell;
import dev.kallsyms.harness.CellResult;
import dev.kallsyms.harness.Harness;
import dev.kallsyms.harness.RunOptions;
import dev.kallsyms.harness.Verdict;
import dev.kallsyms.harness.junit.MatrixSource;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * Real ARM kernel builds from a JUnit test, one per cell of a matrix file, with the Java generator in every
 * kallsyms pass. Minutes per cell and Docker needed, so they run only when asked: {@code mvn verify -Pkernel-builds}.
 */
@Tag("kernel-build")
class KernelCellsTest {

    @ParameterizedTest
    @MatrixSource(file = "src/test/resources/cells.matrix")
    void linksLikeTheKernelsOwnKallsyms(Cell cell) throws Exception {
        // the generator jar this project depends on: the harness runs it inside the build container
        Path generator = Path.of(Kallsyms.class.getProtectionDomain().getCodeSource().getLocation().toURI());

        CellResult result = Harness.run(cell, RunOptions.defaults(Path.of("target/cells"), generator));

        assertEquals(Verdict.PASS, result.verdict(), String.join("; ", result.reasons()));
    }
}
