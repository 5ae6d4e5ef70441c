package dev.kallsyms.harness.cli;

import dev.kallsyms.containers.ToolchainImages;
import dev.kallsyms.harness.Cell;
import dev.kallsyms.harness.CellResult;
import dev.kallsyms.harness.Harness;
import dev.kallsyms.harness.matrix.Unbuildable;
import dev.kallsyms.harness.Pins;
import java.io.PrintStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        Unbuildable.load().reason(cell).ifPresent(r -> System.out.println("harness: note: " + cell.describe()
                + " is known not to build (" + r + "); building it as asked"));
        return runCells(List.of(cell), Map.of(), common, pins.toPins(), 1, System.out);
    }

    /** @param finished results an earlier run already has, by cell id: kept, not built again */
    static int runCells(List<Cell> cells, Map<String, CellResult> finished, CommonOptions common, int parallel,
                        PrintStream out) {
        return runCells(cells, finished, common, Pins.NONE, parallel, out);
    }

    static int runCells(List<Cell> cells, Map<String, CellResult> finished, CommonOptions common, Pins pins,
                        int parallel, PrintStream out) {
        common.check();
        List<Cell> pending = cells.stream().filter(c -> !finished.containsKey(c.id())).toList();
        try (TerminalProgress progress = new TerminalProgress(out, pending.size(), common.verbose)) {
            out.println("harness: " + pending.size() + " cell(s), results in " + common.outputDir());
            // before any cell: dockerd and debootstrap set up, or refused in one line (InfraException: exit 5)
            ToolchainImages.prepareHost(pending.stream().map(Cell::toolchain).toList());
            // a pin that cannot be met ends the run here (UnavailableException: exit 7), before any cell
            pending.forEach(c -> pins.require(c, common.generatorJar().toAbsolutePath()));
            Map<String, CellResult> built = new HashMap<>();
            for (CellResult r : Harness.runAll(pending, common.toRunOptions(progress).withPins(pins), parallel)) {
                built.put(r.cell().id(), r);
            }
            List<CellResult> results = cells.stream()
                    .map(c -> finished.containsKey(c.id()) ? finished.get(c.id()) : built.get(c.id())).toList();
            progress.close();
            out.println();
            out.print(SummaryTable.render(results, common.outputDir()));
            out.println("results: " + common.outputDir());
            return ExitStatus.ofVerdicts(results.stream().map(CellResult::verdict).toList());
        }
    }
}
