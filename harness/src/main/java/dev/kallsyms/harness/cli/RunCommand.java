package dev.kallsyms.harness.cli;

import dev.kallsyms.harness.Cell;
import dev.kallsyms.harness.CellResult;
import dev.kallsyms.harness.Harness;
import dev.kallsyms.harness.Pins;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Builds one cell (kernel × toolchain × defconfig × fragments × make variables) with the "
                + "Java generator interposed, and writes its results.")
public final class RunCommand implements Callable<Integer> {
    @Mixin
    CellOptions cellOptions;

    @Mixin
    CommonOptions common;

    @Mixin
    PinOptions pins;

    @Override
    public Integer call() {
        Cell cell = cellOptions.checkedCell();
        common.check();
        Pins required = pins.toPins();
        required.require(cell, common.generatorJar().toAbsolutePath());
        return runCells(List.of(cell), common, required, 1, System.out);
    }

    static int runCells(List<Cell> cells, CommonOptions common, int parallel, PrintStream out) {
        return runCells(cells, common, Pins.NONE, parallel, out);
    }

    private static int runCells(List<Cell> cells, CommonOptions common, Pins pins, int parallel, PrintStream out) {
        common.check();
        try (TerminalProgress progress = new TerminalProgress(out, cells.size(), common.verbose)) {
            out.println("harness: " + cells.size() + " cell(s), results in " + common.outputDir());
            List<CellResult> results = Harness.runAll(cells, common.toRunOptions(progress).withPins(pins), parallel);
            progress.close();
            out.println();
            out.print(SummaryTable.render(results, common.outputDir()));
            out.println("results: " + common.outputDir());
            return ExitStatus.ofVerdicts(results.stream().map(CellResult::verdict).toList());
        }
    }
}
