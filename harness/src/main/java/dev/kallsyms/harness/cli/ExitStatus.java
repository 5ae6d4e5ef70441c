package dev.kallsyms.harness.cli;

import dev.kallsyms.cli.ExitCode;
import dev.kallsyms.harness.Verdict;
import dev.kallsyms.harness.sweep.PointResult;
import java.util.Collection;
import java.util.List;

/** The exit status of cells and sweep points, from the one table ({@link ExitCode}). */
final class ExitStatus {
    private ExitStatus() {
    }

    static int ofVerdicts(Collection<Verdict> verdicts) {
        return ExitCode.ofVerdicts(verdicts.stream().map(Verdict::name).toList()).code();
    }

    static int ofPoints(List<PointResult> points) {
        return ExitCode.ofVerdicts(points.stream().map(PointResult::verdict).toList()).code();
    }
}
