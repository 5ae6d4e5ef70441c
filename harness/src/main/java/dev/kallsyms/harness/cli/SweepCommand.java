package dev.kallsyms.harness.cli;

import dev.kallsyms.cli.Inputs;
import dev.kallsyms.harness.Cell;
import dev.kallsyms.harness.sweep.Shard;
import dev.kallsyms.harness.sweep.SweepPoint;
import dev.kallsyms.harness.sweep.SweepReport;
import dev.kallsyms.harness.sweep.SweepRunner;
import dev.kallsyms.harness.sweep.SweepSpace;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Relinks one built cell many times, varying what differs between real builds (banner "
                + "string lengths, timestamp, padding before the kallsyms tables, the extra pass), and records for "
                + "each point whether the link converged, its passes, byte equality and verdict.",
                "Points that are not PASS keep their bundle; links that did not converge are diagnosed. Writes "
                        + "OUTPUT/sweep.json, OUTPUT/points/<cell id>/ and the report (OUTPUT/index.html, a chart of "
                        + "the points, and summary.json). Exit 0 when every point is PASS, else the points' status "
                        + "(the table below)."})
public final class SweepCommand implements Callable<Integer> {
    @Mixin
    CellOptions cellOptions;

    @Mixin
    CommonOptions common;

    @Mixin
    SpaceOptions space;

    @Option(names = "--tree", paramLabel = "DIR",
            description = "The built output tree of the cell (copied, never changed); default: build the cell first.")
    Path tree;

    @Option(names = "--shard", paramLabel = "I/N", description = "Run only shard I of N (default: ${DEFAULT-VALUE}).")
    String shard = "1/1";

    @Option(names = "--list", description = "Print this shard's points and exit.")
    boolean list;

    @Option(names = "--keep-tree", description = "Keep the sweep's copy of the tree afterwards.")
    boolean keepTree;

    @Override
    public Integer call() {
        Cell base = cellOptions.checkedCell();
        SweepSpace s = space.toSpace();
        Shard part = Shard.parse(shard);
        if (tree != null) {
            Inputs.existingDirectory("--tree", tree);
        }
        List<SweepPoint> mine = part.select(s.points());
        if (list) {
            mine.forEach(p -> System.out.println(p.id()));
            return 0;
        }
        common.check();
        try (TerminalProgress progress = new TerminalProgress(System.out, mine.size(), common.verbose)) {
            SweepRunner runner = new SweepRunner(base, common.toRunOptions(progress), common.outputDir(),
                    line -> System.out.println("sweep: " + line));
            runner.prepare(tree);
            SweepReport report = runner.sweep(s, part);
            if (!keepTree) {
                runner.deleteTree();
            }
            System.out.print(report.render());
            ReportCommand.writeAfterRun(common.outputDir(), System.out);
            return ExitStatus.ofPoints(report.points());
        }
    }
}
