package dev.kallsyms.harness.cli;

import dev.kallsyms.harness.CellResult;
import dev.kallsyms.harness.Verdict;
import dev.kallsyms.harness.sweep.Gate;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "gate", mixinStandardHelpOptions = true,
        description = {"The CI gate: reads every metadata.json under the directories and decides the build's "
                + "result from the cells' verdicts.",
                "Exit 0: every cell PASS. Exit 1 (unstable): some cell neither PASS nor GENERATOR_MISMATCH (INFRA, "
                        + "STAGE_INCONSISTENT, READBACK_MISMATCH, BOOT_FAILED, BUILD_FAILED), "
                        + "or no cells. Exit 2 (failure): some cell GENERATOR_MISMATCH.",
                "--infra-only: exit 1 when some cell is INFRA, else 0 (for a retry loop)."})
public final class GateCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", arity = "1..*", description = "Results roots, cell or sweep directories.")
    List<Path> dirs;

    @Option(names = "--infra-only", description = "Only ask whether some cell ended INFRA.")
    boolean infraOnly;

    @Override
    public Integer call() {
        List<CellResult> results = Gate.results(dirs);
        List<Verdict> verdicts = results.stream().map(CellResult::verdict).toList();
        Gate.Outcome outcome = infraOnly ? Gate.decideInfra(verdicts) : Gate.decide(verdicts);
        for (CellResult r : results) {
            if (!r.verdict().passed()) {
                System.out.println(r.verdict() + "\t" + r.cell().describe() + "\t" + String.join("; ", r.reasons()));
            }
        }
        System.out.println("gate: " + results.size() + " cell(s) " + Gate.counts(verdicts) + " -> " + outcome);
        return outcome.exitCode();
    }
}
