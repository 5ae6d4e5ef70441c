package dev.kallsyms.harness.summary;

import dev.kallsyms.harness.sweep.PointResult;
import dev.kallsyms.harness.sweep.SweepReport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A sweep's, repeat's or minimisation's part of index.html: what was varied, the chart, a row per point. */
final class SweepSection {
    private SweepSection() {
    }

    static String render(RunSummary s) {
        SweepReport sweep = s.sweep();
        Map<String, CellSummary> byDir = new HashMap<>();
        s.cells().forEach(c -> byDir.put(c.dir(), c));
        StringBuilder out = new StringBuilder("<h2>").append(Html.esc(sweep.kind())).append(" of ")
                .append(Html.esc(sweep.base().describe())).append("</h2>\n<p>space: ")
                .append(Html.esc(sweep.space())).append(" &middot; shard ").append(Html.esc(sweep.shard()))
                .append(" &middot; ").append(sweep.points().size()).append(" of ").append(sweep.totalPoints())
                .append(" point(s), ").append(sweep.failures()).append(" not PASS, ").append(sweep.notConverged())
                .append(" not converged</p>\n");
        if (s.failureRate() != null) {
            out.append("<p id=\"failure-rate\"><strong>").append(Html.esc(s.failureRate().describe()))
                    .append("</strong></p>\n");
        }
        List<SweepChart.Point> points = new ArrayList<>();
        Long base = baseline(sweep, byDir);
        for (PointResult p : sweep.points()) {
            CellSummary c = byDir.get(p.cellDir());
            Long delta = c == null || base == null || c.tables().isEmpty() ? null : c.tableBytes() - base;
            points.add(new SweepChart.Point(label(p), p.verdict(), p.converged(), delta,
                    c == null ? null : c.page()));
        }
        out.append(SweepChart.render(points));
        out.append(table(sweep, byDir, base));
        return out.toString();
    }

    private static String label(PointResult p) {
        return p.repetition() > 0 ? p.point() + " #" + p.repetition() : p.point();
    }

    /** Table bytes of the baseline point (or of the first point with tables): what the deltas are against. */
    private static Long baseline(SweepReport sweep, Map<String, CellSummary> byDir) {
        Long first = null;
        for (PointResult p : sweep.points()) {
            CellSummary c = byDir.get(p.cellDir());
            if (c == null || c.tables().isEmpty()) {
                continue;
            }
            if ("baseline".equals(p.point())) {
                return c.tableBytes();
            }
            first = first == null ? c.tableBytes() : first;
        }
        return first;
    }

    private static String table(SweepReport sweep, Map<String, CellSummary> byDir, Long base) {
        List<List<String>> rows = new ArrayList<>();
        for (PointResult p : sweep.points()) {
            CellSummary c = byDir.get(p.cellDir());
            String verdict = Html.verdict(p.verdict(), c == null ? null : c.page(), label(p),
                    c == null ? null : c.id());
            rows.add(List.of(Html.esc(label(p)), verdict, p.converged() ? "yes" : "<span class=\"bad\">no</span>",
                    Html.num(p.kallsymsRuns()), p.byteEqual() ? "yes" : "<span class=\"bad\">no</span>",
                    c == null || base == null || c.tables().isEmpty() ? "-" : Html.num(c.tableBytes() - base),
                    Html.esc(Html.seconds(p.relinkMs())),
                    Html.esc(p.cause() == null ? "" : p.cause() + ": " + p.firstLink()),
                    p.bundle() == null ? "" : Html.link(p.bundle(), "bundle")));
        }
        return Html.table("points", List.of("point", "verdict", "converged", "passes", "Java == C",
                "table bytes vs baseline", "relink", "diagnosis", "bundle"), rows);
    }
}
