package dev.kallsyms.harness.summary;

import java.util.ArrayList;
import java.util.List;

/** index.html of a regress root: the two generators, and every cell that differs between their runs. */
final class RegressionPage {
    private RegressionPage() {
    }

    static String render(Regression r) {
        StringBuilder b = new StringBuilder("<h1>kallsyms-trust: regression report</h1>\n");
        b.append(Html.table("generators", List.of("", "generator", "run"), List.of(
                List.of("<th>baseline</th>", Html.esc(r.baseline()), Html.link("baseline/" + RunReport.INDEX,
                        "report")),
                List.of("<th>candidate</th>", Html.esc(r.candidate()), Html.link("candidate/" + RunReport.INDEX,
                        "report")))));
        long regressed = r.changes().stream().filter(Regression.Change::regressed).count();
        b.append("<p id=\"outcome\"><strong>").append(r.compared()).append(" cell(s) compared, ")
                .append(r.changes().size()).append(" differ, ").append(regressed).append(" regressed")
                .append("</strong> (exit status ").append(r.exitCode().code()).append(' ')
                .append(Html.esc(r.exitCode().name())).append(")</p>\n");
        List<List<String>> rows = new ArrayList<>();
        for (Regression.Change c : r.changes()) {
            rows.add(List.of(c.regressed() ? "<span class=\"bad\">regressed</span>" : "changed",
                    Html.esc(c.describe()),
                    Html.verdict(c.baselineVerdict(), c.baselinePage(), "baseline", null),
                    Html.verdict(c.candidateVerdict(), c.candidatePage(), "candidate", c.cell()),
                    Html.list(c.differences())));
        }
        if (!rows.isEmpty()) {
            b.append(Html.table("changes", List.of("", "cell", "baseline", "candidate", "differences"), rows));
        }
        if (!r.notCompared().isEmpty()) {
            b.append("<h2>Not compared</h2>\n").append(Html.list(r.notCompared()));
        }
        return Html.page("kallsyms-trust regression report", b.toString());
    }
}
