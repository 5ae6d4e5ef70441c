package dev.kallsyms.harness.sweep;

import dev.kallsyms.harness.CellResult;
import dev.kallsyms.harness.PassRecord;
import dev.kallsyms.harness.StageReport;
import dev.kallsyms.harness.diagnosis.Diagnosis;
import java.util.Map;

/**
 * What one sweep point (or one repetition) gave.
 *
 * @param point       the point's id ("baseline", "host=32 padding=256")
 * @param settings    its settings
 * @param repetition  0 in sweeps; 1..K for {@code repeat}
 * @param cellDir     results directory, relative to the sweep's output
 * @param converged   the kernel's check passed and the final ELF equals the last pass's
 * @param kallsymsRuns scripts/kallsyms calls the link made (passes needed)
 * @param byteEqual   every pass's Java output equal to the C program's
 * @param bundle      path of the kept bundle for a non-PASS point, else null
 * @param cause       the diagnosis's first-link class for a point that did not converge, else null
 * @param firstLink   the diagnosis's first sentence, else null
 */
public record PointResult(String point, Map<String, String> settings, int repetition, String cellDir,
                          String verdict, boolean converged, int kallsymsRuns, boolean byteEqual, long relinkMs,
                          String bundle, String cause, String firstLink) {
    public static PointResult of(SweepPoint point, int repetition, String cellDir, CellResult r, Diagnosis d) {
        StageReport stage = r.stage();
        boolean converged = stage != null && stage.kernelVerdict() == StageReport.KernelVerdict.CLEAN
                && stage.finalMatchesLastPass();
        boolean equal = !r.passes().isEmpty() && r.passes().stream().allMatch(PassRecord::byteEqual);
        String bundle = r.files().containsKey("bundle") ? cellDir + "/" + r.files().get("bundle") : null;
        return new PointResult(point.id(), point.settings(), repetition, cellDir, r.verdict().name(), converged,
                stage == null ? 0 : stage.kallsymsRuns(), equal, r.totalMs(), bundle,
                d == null ? null : d.explanation().cause().name(), d == null ? null : d.explanation().firstLink());
    }

    public boolean failed() {
        return !"PASS".equals(verdict);
    }
}
