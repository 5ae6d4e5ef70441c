package dev.kallsyms.harness.cli;

import dev.kallsyms.cli.Inputs;
import dev.kallsyms.harness.sweep.SweepPoint;
import dev.kallsyms.harness.sweep.SweepReport;
import dev.kallsyms.harness.sweep.SweepRunner;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "repeat", mixinStandardHelpOptions = true,
        description = "Relinks one cell (optionally one sweep point, --set) K times to measure how often it fails. "
                + "Writes OUTPUT/sweep.json (kind repeat) and the report with the failure rate (index.html, "
                + "summary.json). Exit 0 when every run is PASS, else the runs' status.")
public final class RepeatCommand implements Callable<Integer> {
    @Mixin
    CellOptions cellOptions;

    @Mixin
    CommonOptions common;

    @Mixin
    SpaceOptions point;

    @Option(names = "--times", required = true, paramLabel = "K", description = "How many relinks.")
    int times;

    @Option(names = "--tree", paramLabel = "DIR", description = "The built tree (copied); default: build first.")
    Path tree;

    @Override
    public Integer call() {
        Inputs.atLeastOne("--times", times);
        SweepPoint at = point.toPoint();
        if (tree != null) {
            Inputs.existingDirectory("--tree", tree);
        }
        common.check();
        try (TerminalProgress progress = new TerminalProgress(System.out, times, common.verbose)) {
            SweepRunner runner = new SweepRunner(cellOptions.checkedCell(), common.toRunOptions(progress),
                    common.outputDir(), line -> System.out.println("repeat: " + line));
            runner.prepare(tree);
            SweepReport report = runner.repeat(at, times);
            runner.deleteTree();
            System.out.print(report.render());
            System.out.printf("failed %d of %d run(s)%n", report.failures(), times);
            ReportCommand.writeAfterRun(common.outputDir(), System.out);
            return ExitStatus.ofPoints(report.points());
        }
    }
}
