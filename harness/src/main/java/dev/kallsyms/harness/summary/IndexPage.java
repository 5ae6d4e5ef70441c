package dev.kallsyms.harness.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** index.html: what the run was, its verdicts, and the way to every cell's page. */
final class IndexPage {
    private IndexPage() {
    }

    static String render(RunSummary s) {
        StringBuilder body = new StringBuilder();
        body.append("<h1>kallsyms-trust: ").append(Html.esc(s.kind())).append(" report</h1>\n");
        body.append("<p class=\"muted\">written ").append(Html.esc(s.generatedAt())).append(" &middot; ")
                .append(Html.link(RunSummary.FILE, RunSummary.FILE)).append("</p>\n");
        body.append("<p id=\"counts\">").append(s.cells().size()).append(" cell(s): ").append(counts(s.verdicts()));
        if (!s.skipped().isEmpty()) {
            body.append(" &middot; ").append(s.skipped().size()).append(" skipped as known not to build");
        }
        body.append("</p>\n");
        if (s.sweep() == null) {
            body.append("<h2>Matrix</h2>\n").append(MatrixGrid.render(s.cells(), s.skipped()));
        } else {
            body.append(SweepSection.render(s));
        }
        body.append("<h2>Cells</h2>\n").append(cellTable(s.cells()));
        if (!s.skipped().isEmpty()) {
            body.append("<h2>Skipped</h2>\n<p>Not built: measured not to build with their toolchain "
                    + "(fixtures' matrix/unbuildable.tsv).</p>\n").append(skippedTable(s.skipped()));
        }
        return Html.page("kallsyms-trust " + s.kind() + " report", body.toString());
    }

    private static String counts(Map<String, Integer> verdicts) {
        List<String> parts = new ArrayList<>();
        new TreeMap<>(verdicts).forEach((v, n) -> parts.add(Html.verdict(v, null, null, null) + " " + n));
        return String.join(" ", parts);
    }

    private static String skippedTable(List<SkippedCell> skipped) {
        List<List<String>> rows = new ArrayList<>();
        for (SkippedCell c : skipped) {
            rows.add(List.of(Html.verdict(SkippedCell.VERDICT, null, c.reason(), c.id()), Html.esc(c.cell().describe()),
                    Html.esc(c.reason())));
        }
        return Html.table("skipped", List.of("verdict", "cell", "why"), rows);
    }

    private static String cellTable(List<CellSummary> cells) {
        List<List<String>> rows = new ArrayList<>();
        for (CellSummary c : cells) {
            long equal = c.passes().stream().filter(CellSummary.Pass::byteEqual).count();
            rows.add(List.of(Html.verdict(c.verdict(), c.page(), c.cell().describe(), c.id()),
                    Html.link(c.page(), c.cell().describe()),
                    Html.esc(c.packageVersion() == null ? "-" : c.packageVersion()),
                    equal + "/" + c.passes().size(),
                    Html.esc(c.kernelCheck() == null ? "-" : c.kernelCheck()),
                    c.readback() == null ? "-" : c.readback().entriesCompared() + "/" + c.readback().entriesExpected(),
                    c.boot() == null ? "-" : Html.esc(c.boot().outcome() + " " + c.boot().entriesEqual() + "/"
                            + c.boot().entriesCompared()),
                    Html.esc(Html.seconds(c.totalMs())),
                    Html.esc(c.reasons().isEmpty() ? "" : c.reasons().get(0))));
        }
        return Html.table("cells", List.of("verdict", "cell", "package", "Java == C", "kernel check", "read-back",
                "boot", "time", "first reason"), rows);
    }
}
