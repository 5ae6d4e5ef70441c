package dev.kallsyms.harness.cli;

import dev.kallsyms.cli.ExitCode;
import dev.kallsyms.cli.Inputs;
import dev.kallsyms.harness.sweep.Minimiser;
import dev.kallsyms.harness.sweep.PointResult;
import dev.kallsyms.harness.sweep.SweepPoint;
import dev.kallsyms.harness.sweep.SweepReport;
import dev.kallsyms.harness.sweep.SweepRunner;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "minimise", mixinStandardHelpOptions = true,
        description = "Shrinks a failing sweep point (--set KEY=VALUE ...) to the smallest perturbation found "
                + "that still fails: drops settings, then bisects numeric ones, within --max-runs relinks. "
                + "Exit 0 when the point reproduced and was minimised, 1 when it did not fail.")
public final class MinimiseCommand implements Callable<Integer> {
    @Mixin
    CellOptions cellOptions;

    @Mixin
    CommonOptions common;

    @Mixin
    SpaceOptions point;

    @Option(names = "--tree", paramLabel = "DIR", description = "The built tree (copied); default: build first.")
    Path tree;

    @Option(names = "--max-runs", paramLabel = "N", description = "Relink budget (default: ${DEFAULT-VALUE}).")
    int maxRuns = 10;

    @Override
    public Integer call() {
        Inputs.atLeastOne("--max-runs", maxRuns);
        SweepPoint start = point.toPoint();
        if (tree != null) {
            Inputs.existingDirectory("--tree", tree);
        }
        common.check();
        try (TerminalProgress progress = new TerminalProgress(System.out, maxRuns, common.verbose)) {
            SweepRunner runner = new SweepRunner(cellOptions.checkedCell(), common.toRunOptions(progress),
                    common.outputDir(), line -> System.out.println("minimise: " + line));
            runner.prepare(tree);
            List<PointResult> runs = new ArrayList<>();
            String started = Instant.now().toString();
            Minimiser.Outcome outcome = new Minimiser(p -> {
                PointResult r = runner.run(p, runs.size() + 1, runner.output().resolve(SweepRunner.POINTS)
                        .resolve("run-" + (runs.size() + 1)));
                runs.add(r);
                return !r.converged() || r.failed();
            }, maxRuns).minimise(start);
            runner.deleteTree();
            SweepReport report = new SweepReport("minimise", cellOptions.toCell(), outcome.start().id(), "1/1",
                    runs.size(), started, Instant.now().toString(), runs);
            report.write(runner.output());
            System.out.print(report.render());
            outcome.trail().forEach(t -> System.out.println("  " + t));
            System.out.println(outcome.reproduced() ? "smallest failing point found: " + outcome.smallest().id()
                    + " (" + outcome.runs() + " relinks)" : "the point did not fail: nothing to minimise");
            return (outcome.reproduced() ? ExitCode.OK : ExitCode.FAILED).code();
        }
    }
}
