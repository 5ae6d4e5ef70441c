package dev.kallsyms.harness.summary;

import dev.kallsyms.harness.StageReport;
import dev.kallsyms.harness.StageReport.PassStage;
import dev.kallsyms.harness.StageReport.SymbolDiff;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A cell page's link section: every ELF of the link (symbols, how it differs from the one before), then the
 * kallsyms table sizes with one column per ELF, the way diagnosis.txt lays them out.
 */
final class LinkSection {
    private LinkSection() {
    }

    static String render(StageReport s) {
        if (s == null) {
            return "<p>the link never ran</p>\n";
        }
        List<PassStage> elfs = new ArrayList<>(s.passes());
        if (s.finalLink() != null) {
            elfs.add(s.finalLink());
        }
        String kernel = "<p id=\"kernel-check\">kernel's own check: <strong>" + Html.esc(s.kernelVerdict().name())
                + "</strong> &middot; " + s.kallsymsRuns() + " kallsyms run(s), " + s.linkPasses() + " link(s)"
                + " &middot; final ELF " + (s.finalMatchesLastPass() ? "equals the last pass"
                : "<span class=\"bad\">differs from the last pass</span>: " + diff(s.lastPassToFinal())) + "</p>\n";
        String message = s.kernelMessage() == null ? "" : "<pre>" + Html.esc(s.kernelMessage()) + "</pre>\n";
        return kernel + message + elfTable(elfs) + tableSizes(elfs);
    }

    private static String elfTable(List<PassStage> elfs) {
        List<List<String>> rows = new ArrayList<>();
        for (PassStage e : elfs) {
            rows.add(List.of(Html.esc(e.elf()), label(e), Html.num(e.symbols()),
                    e.kallsymsObjectFileBytes() < 0 ? "-" : Html.num(e.kallsymsObjectFileBytes()),
                    diff(e.fromPrevious())));
        }
        return Html.table("link", List.of("ELF", "pass", "symbols", "kallsyms .o bytes", "against the ELF before"),
                rows);
    }

    private static String tableSizes(List<PassStage> elfs) {
        TreeSet<String> tables = new TreeSet<>();
        elfs.forEach(e -> tables.addAll(e.kallsymsObjects().keySet()));
        if (tables.isEmpty()) {
            return "";
        }
        List<String> header = new ArrayList<>(List.of("table (bytes)"));
        elfs.forEach(e -> header.add(e.pass() < 0 ? "final" : "pass " + e.pass()));
        List<List<String>> rows = new ArrayList<>();
        for (String t : tables) {
            List<String> row = new ArrayList<>(List.of(Html.esc(t)));
            elfs.forEach(e -> row.add(e.kallsymsObjects().containsKey(t) ? Html.num(e.kallsymsObjects().get(t))
                    : "-"));
            rows.add(row);
        }
        return Html.table("tables", header, rows);
    }

    private static String label(PassStage e) {
        return e.pass() < 0 ? "final" : Integer.toString(e.pass());
    }

    private static String diff(SymbolDiff d) {
        if (d == null) {
            return "";
        }
        if (d.isEmpty()) {
            return "same symbols, same places";
        }
        StringBuilder s = new StringBuilder(Html.esc(String.format("%d added, %d removed, %d retyped, %d moved, "
                + "%d reordered", d.added(), d.removed(), d.retyped(), d.moved(), d.reordered())));
        List<String> more = new ArrayList<>(d.examples());
        d.sections().forEach(sec -> more.add("section " + sec));
        return s.append(Html.list(more)).toString();
    }
}
