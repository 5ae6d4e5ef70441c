package dev.kallsyms.harness.diagnosis;

import dev.kallsyms.harness.diagnosis.PassComparison.Reorder;
import dev.kallsyms.harness.diagnosis.PassComparison.Retype;
import dev.kallsyms.harness.diagnosis.PassComparison.SectionChange;
import dev.kallsyms.harness.diagnosis.PassComparison.Shift;
import dev.kallsyms.harness.diagnosis.PassComparison.SymbolChange;
import java.util.List;
import java.util.TreeSet;

/** diagnosis.txt: the explanation first, then the evidence, pair by pair. */
public final class DiagnosisText {
    static final int LINES_PER_LIST = 20;

    private DiagnosisText() {
    }

    public static String render(Diagnosis d) {
        StringBuilder out = new StringBuilder();
        out.append("Diagnosis of ").append(d.subject()).append("\n\n");
        out.append("First link: ").append(d.explanation().cause());
        if (d.explanation().origin() != null) {
            out.append(" (").append(d.explanation().origin()).append(")");
        }
        out.append("\n");
        d.explanation().sentences().forEach(s -> out.append("  ").append(s).append("\n"));
        out.append("\n").append(tableSizes(d));
        for (PassComparison c : d.comparisons()) {
            out.append("\n").append(comparison(c));
        }
        return out.toString();
    }

    static String tableSizes(Diagnosis d) {
        StringBuilder out = new StringBuilder("kallsyms tables (bytes) per ELF:\n");
        TreeSet<String> names = new TreeSet<>();
        d.images().forEach(i -> names.addAll(i.tableSizes().keySet()));
        out.append(String.format("  %-28s", "table"));
        d.images().forEach(i -> out.append(String.format(" %12s", i.label())));
        out.append("\n");
        for (String name : names) {
            out.append(String.format("  %-28s", name));
            for (Diagnosis.ImageSummary i : d.images()) {
                Long size = i.tableSizes().get(name);
                out.append(String.format(" %12s", size == null ? "-" : size.toString()));
            }
            out.append("\n");
        }
        return out.toString();
    }

    static String comparison(PassComparison c) {
        StringBuilder out = new StringBuilder("== " + c.from() + " -> " + c.to() + ": ");
        PassComparison.Counts n = c.counts();
        out.append(String.format("%d added (%d linker-made), %d removed (%d linker-made), %d retyped, %d reordered, "
                + "%d moved, %d section change(s)%n", n.added(), n.linkerMadeAdded(), n.removed(),
                n.linkerMadeRemoved(), n.retyped(), n.reordered(), c.moved(), c.sections().size()));
        list(out, "added", c.added(), DiagnosisText::symbol);
        list(out, "removed", c.removed(), DiagnosisText::symbol);
        list(out, "type changed", c.retyped(), DiagnosisText::retype);
        list(out, "order changed", c.reordered(), DiagnosisText::reorder);
        list(out, "address shifts (from, by, symbols)", c.shifts(), DiagnosisText::shift);
        list(out, "sections", c.sections(), DiagnosisText::section);
        return out.toString();
    }

    private static <T> void list(StringBuilder out, String title, List<T> items,
                                 java.util.function.Function<T, String> line) {
        if (items.isEmpty()) {
            return;
        }
        out.append("  ").append(title).append(":\n");
        items.stream().limit(LINES_PER_LIST).forEach(i -> out.append("    ").append(line.apply(i)).append("\n"));
        if (items.size() > LINES_PER_LIST) {
            out.append("    ... ").append(items.size() - LINES_PER_LIST).append(" more in ")
                    .append(Diagnosis.JSON_FILE).append("\n");
        }
    }

    private static String symbol(SymbolChange s) {
        return String.format("%s %c %s in %s%s", hex(s.address()), s.letter(), s.name(), s.section(),
                s.kind().equals(SymbolChange.OTHER) ? "" : " [" + s.kind() + "]");
    }

    private static String retype(Retype r) {
        return String.format("%s %c -> %c  (%s -> %s, %s -> %s)", r.name(), r.fromLetter(), r.toLetter(),
                r.fromSection(), r.toSection(), hex(r.fromAddress()), hex(r.toAddress()));
    }

    private static String reorder(Reorder r) {
        return String.format("%s %s -> %s: was between %s, now between %s", r.name(), hex(r.fromAddress()),
                hex(r.toAddress()), r.fromNeighbours(), r.toNeighbours());
    }

    private static String shift(Shift s) {
        return String.format("%s %s by %s (%d)", hex(s.address()), s.firstSymbol(), Explainer.signed(s.delta()),
                s.symbols());
    }

    private static String section(SectionChange s) {
        return String.format("%-24s %s -> %s", s.name(), layout(s.before()), layout(s.after()));
    }

    private static String layout(LinkImage.Section s) {
        return s == null ? "(absent)" : "@" + hex(s.address()) + " size " + s.size() + " align " + s.alignment();
    }

    private static String hex(long v) {
        return Explainer.hex(v);
    }

}
