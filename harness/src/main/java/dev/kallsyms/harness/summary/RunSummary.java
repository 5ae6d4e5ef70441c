package dev.kallsyms.harness.summary;

import dev.kallsyms.harness.report.MetadataJson;
import dev.kallsyms.harness.sweep.SweepReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * summary.json at a results root: one entry per cell, and for sweeps and repeats the sweep's own report
 * (schema in harness/METADATA.md).
 *
 * @param kind        matrix, sweep, repeat or minimise
 * @param generatedAt ISO-8601 instant the summary was written
 * @param verdicts    verdict name to number of cells
 * @param cells       every cell found, in the grid's order (matrix) or the sweep's order
 * @param sweep       sweep.json of a sweep, repeat or minimise root, else null
 * @param failureRate a repeat's failed runs out of its runs, else null
 * @param skipped     a matrix's cells not built because they are known not to build (skipped.json); not counted
 *                    in verdicts
 */
public record RunSummary(int schema, String kind, String generatedAt, Map<String, Integer> verdicts,
                         List<CellSummary> cells, SweepReport sweep, Rate failureRate, List<SkippedCell> skipped) {
    public static final String FILE = "summary.json";
    public static final int SCHEMA = 1;

    public RunSummary {
        verdicts = Map.copyOf(verdicts);
        cells = List.copyOf(cells);
        skipped = skipped == null ? List.of() : List.copyOf(skipped);
    }

    /** @param failed runs not PASS @param runs runs in all */
    public record Rate(long failed, long runs) {
        public String describe() {
            return String.format("%d of %d run(s) failed (%.0f%%)", failed, runs,
                    runs == 0 ? 0.0 : 100.0 * failed / runs);
        }
    }

    public void write(Path root) {
        try {
            Files.writeString(root.resolve(FILE), MetadataJson.mapper().writeValueAsString(this) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + root.resolve(FILE), e);
        }
    }

    public static RunSummary read(Path root) {
        try {
            return MetadataJson.mapper().readValue(Files.readString(root.resolve(FILE)), RunSummary.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + root.resolve(FILE), e);
        }
    }
}
