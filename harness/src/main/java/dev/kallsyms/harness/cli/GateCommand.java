package dev.kallsyms.harness.cli;

import dev.kallsyms.cli.ExitCode;
import dev.kallsyms.cli.Inputs;
import dev.kallsyms.cli.VerboseOption;
import dev.kallsyms.harness.CellResult;
import dev.kallsyms.harness.Verdict;
import dev.kallsyms.harness.report.MetadataJson;
import dev.kallsyms.harness.sweep.Gate;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "gate", mixinStandardHelpOptions = true,
        description = {"The CI gate: reads every metadata.json under the directories and decides the build's "
                + "result from the cells' verdicts.",
                "The exit status is the weightiest of the cells' (the table below). The Jenkinsfile fails the "
                        + "build on 3 GENERATOR_MISMATCH and 6 HARNESS_ERROR (and 2, bad input) and makes it unstable "
                        + "on any other but 0; no cells at all is 1 (FAILED).",
                "--infra-only: exit 5 (INFRA) when some cell is INFRA, else 0 (for a retry loop)."})
public final class GateCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", arity = "1..*", description = "Results roots, cell or sweep directories.")
    List<Path> dirs;

    @Option(names = "--infra-only", description = "Only ask whether some cell ended INFRA.")
    boolean infraOnly;

    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() {
        dirs.forEach(d -> Inputs.existingDirectory("results directory", d));
        List<CellResult> results = Gate.results(dirs);
        List<Verdict> verdicts = results.stream().map(CellResult::verdict).toList();
        Gate.Outcome outcome = infraOnly ? Gate.decideInfra(verdicts) : Gate.decide(verdicts);
        if (results.isEmpty()) {
            System.out.println("gate: no cell results (" + MetadataJson.FILE + ") under " + dirs + " -> " + outcome);
            return infraOnly ? ExitCode.OK.code() : ExitCode.FAILED.code();
        }
        for (CellResult r : results) {
            if (!r.verdict().passed()) {
                System.out.println(r.verdict() + "\t" + r.cell().describe() + "\t" + String.join("; ", r.reasons()));
            }
        }
        int status = infraOnly ? (verdicts.contains(Verdict.INFRA) ? ExitCode.INFRA.code() : ExitCode.OK.code())
                : ExitStatus.ofVerdicts(verdicts);
        System.out.println("gate: " + results.size() + " cell(s) " + Gate.counts(verdicts) + " -> " + outcome
                + " (exit " + status + ")");
        return status;
    }
}
