package dev.kallsyms.harness.cli;

import dev.kallsyms.containers.ToolchainImages;
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
        return runCells(List.of(cellOptions.checkedCell()), common, pins.toPins(), 1, System.out);
    }

    static int runCells(List<Cell> cells, CommonOptions common, int parallel, PrintStream out) {
        return runCells(cells, common, Pins.NONE, parallel, out);
    }

    static int runCells(List<Cell> cells, CommonOptions common, Pins pins, int parallel, PrintStream out) {
        common.check();
        try (TerminalProgress progress = new TerminalProgress(out, cells.size(), common.verbose)) {
            out.println("harness: " + cells.size() + " cell(s), results in " + common.outputDir());
            // before any cell: dockerd and debootstrap set up, or refused in one line (InfraException: exit 5)
            ToolchainImages.prepareHost(cells.stream().map(Cell::toolchain).toList());
            // a pin that cannot be met ends the run here (UnavailableException: exit 7), before any cell
            cells.forEach(c -> pins.require(c, common.generatorJar().toAbsolutePath()));
            List<CellResult> results = Harness.runAll(cells, common.toRunOptions(progress).withPins(pins), parallel);
            progress.close();
            out.println();
            out.print(SummaryTable.render(results, common.outputDir()));
            out.println("results: " + common.outputDir());
            return ExitStatus.ofVerdicts(results.stream().map(CellResult::verdict).toList());
        }
    }
}
