package dev.kallsyms.harness.summary;

import dev.kallsyms.harness.Cell;
import dev.kallsyms.harness.CellResult;
import dev.kallsyms.harness.PassRecord;
import dev.kallsyms.harness.StageReport;
import dev.kallsyms.harness.diagnosis.Diagnosis;
import java.util.List;
import java.util.Map;

/**
 * One cell in summary.json: what a reader of the grid, or a comparison of two runs, needs without opening the
 * cell's metadata.json.
 *
 * @param dir         the cell directory, relative to the results root
 * @param page        its HTML page, relative to the results root
 * @param tables      kallsyms_* table sizes in the final ELF (the last pass's when the final ELF is missing)
 * @param kernelCheck the link script's own check: CLEAN, INCONSISTENT, NOT_REACHED; null when no link ran
 * @param files       metadata.json's files, relative to the cell directory
 */
public record CellSummary(String id, String dir, String page, Cell cell, String packageVersion, String verdict,
                          List<String> reasons, int attempts, String startedAt, long totalMs, List<Pass> passes,
                          int linkPasses, String kernelCheck, Map<String, Long> tables, Readback readback,
                          Boot boot, Diagnosed diagnosis, Map<String, String> files) {
    public CellSummary {
        reasons = List.copyOf(reasons);
        passes = List.copyOf(passes);
        tables = tables == null ? Map.of() : Map.copyOf(tables);
        files = files == null ? Map.of() : Map.copyOf(files);
    }

    /** One kallsyms call: its input map, both outputs, and whether they are equal. */
    public record Pass(int pass, long mapLines, long mapBytes, long cBytes, long javaBytes, String javaSha256,
                       boolean byteEqual, long firstDifference, double cMs, double javaMs) {
    }

    /** Read-back of the final ELF: entries equal up to the first mismatch, out of those expected. */
    public record Readback(int entriesCompared, int entriesExpected, boolean ok) {
    }

    /** The boot check: its machine, outcome and entries of /proc/kallsyms equal to System.map. */
    public record Boot(String machine, String outcome, int entriesEqual, int entriesCompared) {
    }

    /** diagnosis.json's explanation, for a cell whose link did not converge. */
    public record Diagnosed(String cause, String origin, String firstLink) {
    }

    static CellSummary of(CellResult r, String dir, String page, Diagnosis d) {
        StageReport s = r.stage();
        return new CellSummary(r.cell().id(), dir, page, r.cell(),
                r.kernel() == null ? null : r.kernel().packageVersion(), r.verdict().name(), r.reasons(),
                r.attempts(), r.startedAt(), r.totalMs(), r.passes().stream().map(CellSummary::pass).toList(),
                s == null ? 0 : s.linkPasses(), s == null ? null : s.kernelVerdict().name(), tables(s),
                r.readback() == null ? null : new Readback(r.readback().entriesCompared(),
                        r.readback().entriesExpected(), r.readback().ok()),
                r.boot() == null ? null : new Boot(r.boot().machine(), r.boot().outcome().name(),
                        r.boot().entriesEqual(), r.boot().entriesCompared()),
                d == null ? null : new Diagnosed(d.explanation().cause().name(), d.explanation().origin(),
                        d.explanation().firstLink()),
                r.files());
    }

    /** Bytes of all kallsyms tables together (what moves everything after them). */
    public long tableBytes() {
        return tables.values().stream().mapToLong(Long::longValue).sum();
    }

    private static Pass pass(PassRecord p) {
        return new Pass(p.pass(), p.inputMap() == null ? 0 : p.inputMap().lines(),
                p.inputMap() == null ? 0 : p.inputMap().bytes(), bytes(p.c()), bytes(p.java()),
                p.java() == null || p.java().output() == null ? null : p.java().output().sha256(), p.byteEqual(),
                p.firstDifference(), p.c() == null ? 0 : p.c().durationMs(),
                p.java() == null ? 0 : p.java().durationMs());
    }

    private static long bytes(PassRecord.GeneratorRun run) {
        return run == null || run.output() == null ? 0 : run.output().bytes();
    }

    private static Map<String, Long> tables(StageReport s) {
        if (s == null) {
            return Map.of();
        }
        if (s.finalLink() != null) {
            return s.finalLink().kallsymsObjects();
        }
        return s.passes().isEmpty() ? Map.of() : s.passes().get(s.passes().size() - 1).kallsymsObjects();
    }
}
