package dev.kallsyms.harness.summary;

import dev.kallsyms.harness.StageReport;
import dev.kallsyms.harness.StageReport.PassStage;
import dev.kallsyms.harness.StageReport.SymbolDiff;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** A cell page's link section: every ELF of the link with its symbols and kallsyms table sizes. */
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
        TreeSet<String> tables = new TreeSet<>();
        elfs.forEach(e -> tables.addAll(e.kallsymsObjects().keySet()));
        List<String> header = new ArrayList<>(List.of("ELF", "pass", "symbols"));
        header.addAll(tables);
        header.addAll(List.of("kallsyms .o bytes", "against the ELF before"));
        List<List<String>> rows = new ArrayList<>();
        for (PassStage e : elfs) {
            List<String> row = new ArrayList<>(List.of(Html.esc(e.elf()), e.pass() < 0 ? "final" : "" + e.pass(),
                    Html.num(e.symbols())));
            tables.forEach(t -> row.add(e.kallsymsObjects().containsKey(t) ? Html.num(e.kallsymsObjects().get(t))
                    : "-"));
            row.add(e.kallsymsObjectFileBytes() < 0 ? "-" : Html.num(e.kallsymsObjectFileBytes()));
            row.add(diff(e.fromPrevious()));
            rows.add(row);
        }
        String kernel = "<p id=\"kernel-check\">kernel's own check: <strong>" + Html.esc(s.kernelVerdict().name())
                + "</strong> &middot; " + s.kallsymsRuns() + " kallsyms run(s), " + s.linkPasses() + " link(s)"
                + " &middot; final ELF " + (s.finalMatchesLastPass() ? "equals the last pass"
                : "<span class=\"bad\">differs from the last pass</span>: " + diff(s.lastPassToFinal())) + "</p>\n";
        String message = s.kernelMessage() == null ? "" : "<pre>" + Html.esc(s.kernelMessage()) + "</pre>\n";
        return kernel + message + Html.table("link", header, rows);
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
