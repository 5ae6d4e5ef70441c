package dev.kallsyms.harness.cli;

import dev.kallsyms.cli.ExitCode;
import dev.kallsyms.cli.Inputs;
import dev.kallsyms.cli.VerboseOption;
import dev.kallsyms.harness.sweep.SweepMerge;
import dev.kallsyms.harness.sweep.SweepReport;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "sweep-merge", mixinStandardHelpOptions = true,
        description = "Joins the shards of one sweep (their OUTPUT directories) into one sweep.json, points in "
                + "the sweep's order, and writes its report (index.html, summary.json). Exit 0 when every point "
                + "is PASS and none is missing; else the points' status, at least 1 (FAILED) when points are missing.")
public final class SweepMergeCommand implements Callable<Integer> {
    @Parameters(paramLabel = "SHARD_DIR", arity = "1..*", description = "Output directories of the shards.")
    List<Path> shards;

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "Where the merged sweep.json goes.")
    Path output;

    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() {
        shards.forEach(s -> Inputs.existingDirectory("shard directory", s));
        Inputs.outputDirectory("--output", output);
        SweepReport merged = SweepMerge.merge(shards, output);
        System.out.print(merged.render());
        ReportCommand.writeAfterRun(output, System.out);
        ExitCode points = ExitCode.ofCode(ExitStatus.ofPoints(merged.points())).orElseThrow();
        boolean complete = merged.points().size() == merged.totalPoints();
        return (complete ? points : ExitCode.worst(List.of(points, ExitCode.FAILED))).code();
    }
}
