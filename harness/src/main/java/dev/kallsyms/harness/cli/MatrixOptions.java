package dev.kallsyms.harness.cli;

import dev.kallsyms.cli.Inputs;
import dev.kallsyms.harness.Cell;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** Which matrix and how many of its cells at once: the same two options wherever a matrix is built. */
final class MatrixOptions {
    @Option(names = "--file", paramLabel = "MATRIX", description = "Matrix file (default: fixtures' default.matrix).")
    Path file;

    @Option(names = "--parallel", paramLabel = "N",
            description = "Cells built at once (default: ${DEFAULT-VALUE}; kernel builds want the cores).")
    int parallel = 1;

    /** The matrix's cells, the options checked first. */
    List<Cell> cells() {
        Inputs.atLeastOne("--parallel", parallel);
        return MatrixCommand.cells(file);
    }
}
