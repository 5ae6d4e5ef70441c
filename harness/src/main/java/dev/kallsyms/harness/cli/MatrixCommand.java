package dev.kallsyms.harness.cli;

import dev.kallsyms.cli.BadInputException;
import dev.kallsyms.cli.Inputs;
import dev.kallsyms.harness.Cell;
import dev.kallsyms.harness.CellResult;
import dev.kallsyms.harness.matrix.CellSample;
import dev.kallsyms.harness.matrix.MatrixFile;
import dev.kallsyms.harness.matrix.Resume;
import dev.kallsyms.harness.matrix.Unbuildable;
import dev.kallsyms.harness.summary.SkippedCell;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "matrix", mixinStandardHelpOptions = true,
        description = {"Builds every cell of a matrix file (default: the small ARM matrix shipped in fixtures, "
                + "matrix/default.matrix), prints a summary table and where the results are, and writes the run's "
                + "report there (summary.json, index.html: see 'report').",
                "A matrix file has one cell per line, written as the options of 'run'; # starts a comment.",
                "Cells known not to build (fixtures' matrix/unbuildable.tsv: a kernel and toolchain that build no "
                        + "defconfig, or one board that fails with them) are skipped with the reason, and listed in "
                        + "the report."})
public final class MatrixCommand implements Callable<Integer> {
    @Mixin
    MatrixOptions matrix;

    @Option(names = "--list", description = "Print the cells and exit without building.")
    boolean list;

    @Option(names = "--resume", paramLabel = "DIR",
            description = "Results directory of an earlier run: its cells with a final verdict (not INFRA) are kept, "
                    + "the others are built into it.")
    Path resume;

    @Option(names = "--sample", paramLabel = "N", description = "Build only N cells of the matrix, picked by --seed.")
    Integer sample;

    @Option(names = "--seed", paramLabel = "S",
            description = "Seed of --sample's pick: the same seed picks the same cells (default: ${DEFAULT-VALUE}).")
    long seed = 1;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        List<Cell> cells = matrix.cells();
        if (sample != null) {
            Inputs.atLeastOne("--sample", sample);
            cells = CellSample.pick(cells, sample, seed);
        }
        Unbuildable unbuildable = Unbuildable.load();
        if (list) {
            cells.forEach(c -> System.out.println(c.id() + "\t" + c.describe()
                    + unbuildable.reason(c).map(r -> "\t(skipped: " + r + ")").orElse("")));
            return 0;
        }
        List<Cell> buildable = new ArrayList<>();
        List<SkippedCell> skipped = new ArrayList<>();
        for (Cell c : cells) {
            unbuildable.reason(c).ifPresentOrElse(r -> {
                System.out.println("harness: skipping " + c.describe() + ": " + r);
                skipped.add(SkippedCell.of(c, r));
            }, () -> buildable.add(c));
        }
        Map<String, CellResult> finished = Map.of();
        if (resume != null) {
            common.resumeInto(resume);
            finished = Resume.finished(common.outputDir(), buildable);
            System.out.println("harness: resuming " + common.outputDir() + ": " + finished.size() + " of "
                    + buildable.size() + " cell(s) already have a final verdict");
        }
        // before the build, so that a bad --output is refused in one line and an unwritable one costs no build time
        // (runCells checks again: cheap, and the other commands rely on it)
        common.check();
        SkippedCell.write(common.outputDir(), skipped);
        int status = RunCommand.runCells(buildable, finished, common, matrix.parallel, System.out);
        if (!skipped.isEmpty()) {
            System.out.println("skipped: " + skipped.size() + " cell(s) known not to build (" + SkippedCell.FILE
                    + ", and the report's Skipped table)");
        }
        ReportCommand.writeAfterRun(common.outputDir(), System.out);
        return status;
    }

    /** The cells of a matrix file, or of fixtures' default.matrix when {@code file} is null. */
    static List<Cell> cells(Path file) {
        return file != null ? MatrixFile.fromFile(file, MatrixCommand::parseLine)
                : MatrixFile.fromResource(MatrixFile.DEFAULT, MatrixCommand::parseLine);
    }

    /** One matrix line, parsed with the options of {@code run} (not yet checked: see {@link MatrixFile}). */
    public static Cell parseLine(List<String> words) {
        CellOptions options = new CellOptions();
        try {
            new CommandLine(options).parseArgs(words.toArray(String[]::new));
        } catch (CommandLine.ParameterException e) {
            throw new BadInputException(e.getMessage(), e);
        }
        return options.toCell();
    }
}
