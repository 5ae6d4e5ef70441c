package dev.kallsyms.harness.stage;

import dev.kallsyms.harness.StageReport.SymbolDiff;
import dev.kallsyms.harness.diagnosis.LinkImage;
import dev.kallsyms.harness.diagnosis.PassComparison;
import dev.kallsyms.harness.diagnosis.PassComparison.SectionChange;
import java.util.ArrayList;
import java.util.List;

/** The stage report's short form of a {@link PassComparison}: full counts, a few examples of each kind. */
public final class StageDiff {
    static final int EXAMPLES_PER_KIND = 5;

    private StageDiff() {
    }

    public static SymbolDiff of(PassComparison c) {
        List<String> examples = new ArrayList<>();
        c.added().stream().filter(s -> !s.kind().equals(PassComparison.SymbolChange.TABLE)).limit(EXAMPLES_PER_KIND)
                .forEach(s -> examples.add("added " + s.name() + " " + hex(s.address())));
        c.removed().stream().filter(s -> !s.kind().equals(PassComparison.SymbolChange.TABLE)).limit(EXAMPLES_PER_KIND)
                .forEach(s -> examples.add("removed " + s.name() + " " + hex(s.address())));
        c.retyped().stream().limit(EXAMPLES_PER_KIND).forEach(r -> examples.add("retyped " + r.name() + " "
                + r.fromLetter() + " in " + r.fromSection() + " -> " + r.toLetter() + " in " + r.toSection()));
        c.reordered().stream().limit(EXAMPLES_PER_KIND).forEach(r -> examples.add("reordered " + r.name() + ": "
                + r.fromNeighbours() + " -> " + r.toNeighbours()));
        c.shifts().stream().limit(EXAMPLES_PER_KIND).forEach(s -> examples.add("moved " + s.symbols()
                + " symbol(s) from " + s.firstSymbol() + " " + hex(s.address()) + " by " + signed(s.delta())));
        PassComparison.Counts n = c.counts();
        return new SymbolDiff(n.added(), n.removed(), n.retyped(), n.reordered(), c.moved(), examples,
                c.sections().stream().map(StageDiff::describe).toList());
    }

    static String describe(SectionChange change) {
        if (change.before() == null) {
            return change.name() + " added";
        }
        if (change.after() == null) {
            return change.name() + " removed";
        }
        return change.name() + " " + layout(change.before()) + " -> " + layout(change.after());
    }

    private static String layout(LinkImage.Section s) {
        return "@" + hex(s.address()) + " size " + hex(s.size()) + " align " + s.alignment();
    }

    private static String signed(long delta) {
        return (delta < 0 ? "-" : "+") + hex(Math.abs(delta));
    }

    private static String hex(long v) {
        return "0x" + Long.toHexString(v);
    }
}
