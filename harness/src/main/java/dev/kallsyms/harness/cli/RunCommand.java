package dev.kallsyms.harness.cli;

import dev.kallsyms.harness.Cell;
import dev.kallsyms.harness.CellResult;
import dev.kallsyms.harness.Harness;
import dev.kallsyms.harness.matrix.Unbuildable;
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

    @Override
    public Integer call() {
        Cell cell = cellOptions.checkedCell();
        Unbuildable.load().reason(cell).ifPresent(r -> System.out.println("harness: note: " + cell.kernel() + " with "
                + cell.toolchain() + " is known not to build (" + r + "); building it as asked"));
        return runCells(List.of(cell), Map.of(), common, 1, System.out);
    }

    /** @param finished results an earlier run already has, by cell id: kept, not built again */
    static int runCells(List<Cell> cells, Map<String, CellResult> finished, CommonOptions common, int parallel,
                        PrintStream out) {
        common.check();
        List<Cell> pending = cells.stream().filter(c -> !finished.containsKey(c.id())).toList();
        try (TerminalProgress progress = new TerminalProgress(out, pending.size(), common.verbose)) {
            out.println("harness: " + pending.size() + " cell(s), results in " + common.outputDir());
            Map<String, CellResult> built = new HashMap<>();
            for (CellResult r : Harness.runAll(pending, common.toRunOptions(progress), parallel)) {
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
