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
 * it, and so does a bug of the harness (HARNESS_ERROR: nothing it says can be trusted); anything else that is not PASS (the machine, the kernel, the toolchain, a link that does not converge,
 * tables that read back wrong or a kernel that does not boot while Java and C agree byte for byte) makes it
 * unstable, for people to look at, but never fails it; no results at all is unstable too.
 */
public final class Gate {
    private Gate() {
    }

    public enum Outcome {
        SUCCESS(0), UNSTABLE(1), FAILURE(2);

        private final int exitCode;

        Outcome(int exitCode) {
            this.exitCode = exitCode;
        }

        public int exitCode() {
            return exitCode;
        }
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
        List<CellResult> results = new ArrayList<>();
        for (Path dir : dirs) {
            try (Stream<Path> walk = Files.walk(dir, 6)) {
                walk.filter(p -> p.getFileName().toString().equals(MetadataJson.FILE)).sorted()
                        // a cell's own build tree is never searched: its metadata is beside it
                        .filter(p -> !p.toString().contains("/build/"))
                        .forEach(p -> results.add(MetadataJson.read(p.getParent())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return results;
    }
}
