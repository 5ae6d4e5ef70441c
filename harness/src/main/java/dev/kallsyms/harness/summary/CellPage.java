package dev.kallsyms.harness.summary;

import dev.kallsyms.harness.CellResult;
import dev.kallsyms.harness.PassRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * cells/&lt;cell id&gt;.html: one cell's page. The verdict and why, its files, the passes (sizes, Java == C), the
 * link's ELFs and the kernel's check, the diagnosis, read-back, boot, configuration and timings.
 */
final class CellPage {
    private CellPage() {
    }

    static String render(FoundCell c) {
        CellResult r = c.result();
        StringBuilder b = new StringBuilder();
        b.append("<p>").append(Html.link("../" + RunReport.INDEX, "all cells")).append("</p>\n");
        b.append("<h1>").append(Html.esc(r.cell().describe())).append("</h1>\n");
        b.append("<p id=\"verdict\">").append(Html.verdict(r.verdict().name(), null, null, r.cell().id()))
                .append("</p>\n").append(Html.list(r.reasons()));
        b.append(files(c));
        b.append("<h2>Cell</h2>\n").append(CellFacts.render(r));
        b.append("<h2>Passes</h2>\n").append(passes(r.passes()));
        b.append("<h2>Link</h2>\n").append(LinkSection.render(r.stage()));
        if (c.diagnosis() != null || c.diagnosisText() != null) {
            b.append("<h2>Diagnosis</h2>\n<div id=\"diagnosis\">\n").append(diagnosis(c)).append("</div>\n");
        }
        b.append("<h2>Read-back</h2>\n").append(CellFacts.readback(r.readback()));
        b.append("<h2>Boot</h2>\n").append(CellFacts.boot(r.boot()));
        b.append("<h2>Configuration</h2>\n").append(CellFacts.config(r.config()));
        b.append("<h2>Timings</h2>\n").append(timings(r.phasesMs()));
        return Html.page(r.cell().id() + ": " + r.verdict(), b.toString());
    }

    private static String files(FoundCell c) {
        List<String> links = new ArrayList<>();
        c.result().files().forEach((what, file) -> links.add(Html.link(c.fromPage(file), what + " (" + file + ")")));
        if (c.diagnosisText() != null) {
            links.add(Html.link(c.fromPage("diagnosis.txt"), "diagnosis (diagnosis.txt)"));
        }
        return "<p id=\"files\">" + String.join(" &middot; ", links) + "</p>\n";
    }

    private static String passes(List<PassRecord> passes) {
        if (passes.isEmpty()) {
            return "<p>no kallsyms call ran</p>\n";
        }
        List<List<String>> rows = new ArrayList<>();
        for (PassRecord p : passes) {
            rows.add(List.of(Html.num(p.pass()), Html.esc(String.join(" ", p.arguments())),
                    Html.num(p.inputMap().lines()), Html.num(p.inputMap().bytes()),
                    Html.num(p.c().output().bytes()), Html.num(p.java().output().bytes()),
                    p.byteEqual() ? "<span class=\"ok\">yes</span>"
                            : "<span class=\"bad\">no, from byte " + p.firstDifference() + "</span>",
                    Html.esc(String.format("%.0f / %.0f ms", p.c().durationMs(), p.java().durationMs())),
                    Html.esc(p.fault() == null ? "" : p.fault())));
        }
        return Html.table("passes", List.of("pass", "arguments", "map lines", "map bytes", "C .S bytes",
                "Java .S bytes", "Java == C", "C / Java time", "test fault"), rows);
    }

    private static String diagnosis(FoundCell c) {
        StringBuilder s = new StringBuilder();
        if (c.diagnosis() != null) {
            var e = c.diagnosis().explanation();
            s.append("<p><strong>First link: ").append(Html.esc(e.cause().name())).append("</strong>")
                    .append(e.origin() == null ? "" : " (" + Html.esc(e.origin()) + ")").append("</p>\n")
                    .append(Html.list(e.sentences()));
        }
        if (c.diagnosisText() != null) {
            s.append("<pre>").append(Html.esc(c.diagnosisText())).append("</pre>\n");
        }
        return s.toString();
    }

    private static String timings(Map<String, Long> phases) {
        List<List<String>> rows = new ArrayList<>();
        phases.forEach((phase, ms) -> rows.add(List.of(Html.esc(phase), Html.esc(Html.seconds(ms)))));
        rows.add(List.of("<strong>total</strong>",
                Html.esc(Html.seconds(phases.values().stream().mapToLong(Long::longValue).sum()))));
        return Html.table("timings", List.of("phase", "time"), rows);
    }
}
