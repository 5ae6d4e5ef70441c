package dev.kallsyms.harness.sweep;

import dev.kallsyms.harness.CellResult;
import dev.kallsyms.harness.Verdict;
import dev.kallsyms.harness.report.MetadataJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The CI gate: what a set of cell verdicts means for the build. A generator mismatch is a regression and fails
 * it, and so does a bug of the harness (HARNESS_ERROR: nothing it says can be trusted); anything else that is
 * not PASS (the machine, the kernel, the toolchain, a make past its time limit, a link that does not converge,
 * tables that read back wrong or a kernel that does not boot while Java and C agree byte for byte) makes it
 * unstable, for people to look at, but never fails it; no results at all is unstable too.
 */
public final class Gate {
    private Gate() {
    }

    /** The build's result; the gate's exit status is the cells' (dev.kallsyms.cli.ExitCode), not this. */
    public enum Outcome {
        SUCCESS, UNSTABLE, FAILURE
    }

    public static Outcome decide(List<Verdict> verdicts) {
        if (verdicts.contains(Verdict.GENERATOR_MISMATCH) || verdicts.contains(Verdict.HARNESS_ERROR)) {
            return Outcome.FAILURE;
        }
        if (verdicts.isEmpty() || verdicts.stream().anyMatch(v -> !v.passed())) {
            return Outcome.UNSTABLE;
        }
        return Outcome.SUCCESS;
    }

    /** For a retry loop: UNSTABLE while any cell is INFRA (worth another attempt), else SUCCESS. */
    public static Outcome decideInfra(List<Verdict> verdicts) {
        return verdicts.contains(Verdict.INFRA) ? Outcome.UNSTABLE : Outcome.SUCCESS;
    }

    public static Map<Verdict, Integer> counts(List<Verdict> verdicts) {
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        verdicts.forEach(v -> counts.merge(v, 1, Integer::sum));
        return counts;
    }

    /** Every metadata.json under the directories (a results root, a cell, a sweep), read as verdicts. */
    public static List<CellResult> results(List<Path> dirs) {
        return cellDirs(dirs).stream().map(MetadataJson::read).toList();
    }

    /**
     * The cell directories (those holding a metadata.json) under the directories, in path order. A sweep.json
     * met on the way is read too, so that a broken one is refused rather than taken for a sweep without cells.
     */
    public static List<Path> cellDirs(List<Path> dirs) {
        List<Path> cells = new ArrayList<>();
        for (Path dir : dirs) {
            try (Stream<Path> walk = Files.walk(dir, 6)) {
                // a cell's own build tree is never searched: its metadata is beside it
                List<Path> found = walk.filter(p -> !p.toString().contains("/build/")).sorted().toList();
                found.stream().filter(p -> p.getFileName().toString().equals(SweepReport.FILE))
                        .forEach(p -> SweepReport.read(p.getParent()));
                found.stream().filter(p -> p.getFileName().toString().equals(MetadataJson.FILE))
                        .forEach(p -> cells.add(p.getParent()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return cells;
    }
}
