package dev.kallsyms.harness.diagnosis;

import dev.kallsyms.harness.diagnosis.Explanation.Cause;
import dev.kallsyms.harness.diagnosis.LinkImage.Section;
import dev.kallsyms.harness.diagnosis.PassComparison.Reorder;
import dev.kallsyms.harness.diagnosis.PassComparison.Retype;
import dev.kallsyms.harness.diagnosis.PassComparison.SectionChange;
import dev.kallsyms.harness.diagnosis.PassComparison.Shift;
import dev.kallsyms.harness.diagnosis.PassComparison.SymbolChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Names the first link of the chain that makes a link not converge. The tables are built from the symbols'
 * names, type letters and order; so the first pair of ELFs whose names, letters or order differ is where it
 * starts. Within it, a type change or reordering at an empty section whose alignment changed (the seed's case)
 * comes first, then any type change, linker-made symbols, other symbols, and reorderings (each of the later
 * is often a consequence of the earlier). With no such change, a section that grew
 * on its own, or tables that changed size on identical symbols, is the first link.
 */
public final class Explainer {
    private Explainer() {
    }

    /** @param images the link's ELFs in order; {@code comparisons.get(i)} compares image i with i + 1 */
    public static Explanation explain(List<LinkImage> images, List<PassComparison> comparisons) {
        for (int i = 0; i < comparisons.size(); i++) {
            PassComparison c = comparisons.get(i);
            if (c.changesNames()) {
                return withConsequences(nameChange(c, images.get(i), images.get(i + 1)), images, comparisons, i);
            }
        }
        for (int i = 0; i < comparisons.size(); i++) {
            Optional<SectionChange> grown = grownSection(comparisons.get(i), images.get(i + 1));
            if (grown.isPresent()) {
                return withConsequences(sectionGrowth(comparisons.get(i), grown.get()), images, comparisons, i);
            }
        }
        for (int i = 1; i < comparisons.size(); i++) {
            PassComparison c = comparisons.get(i);
            if (!tableChanges(c).isEmpty()) {
                String first = "The symbols of " + c.from() + " and " + c.to() + " have the same names, types and "
                        + "order, yet the kallsyms tables changed size (" + tableChanges(c) + "): the tables were "
                        + "generated from a map that does not match the ELF (compare the passes' input maps).";
                return withConsequences(new Explanation(Cause.TABLE_INPUT, span(c), first, List.of(first)), images,
                        comparisons, i);
            }
        }
        String none = "No ELF of the link differs from the one before it in names, types, order, section layout "
                + "or table sizes (beyond the tables' first appearance): the link converged.";
        return new Explanation(Cause.NONE, null, none, List.of(none));
    }

    private static Explanation nameChange(PassComparison c, LinkImage before, LinkImage after) {
        for (Retype r : c.retyped()) {
            Optional<Explanation> e = EmptySections.explainRetype(c, r, before, after);
            if (e.isPresent()) {
                return e.get();
            }
        }
        for (Reorder r : c.reordered()) {
            Optional<Explanation> e = EmptySections.explainReorder(c, r, before, after);
            if (e.isPresent()) {
                return e.get();
            }
        }
        if (!c.retyped().isEmpty()) {
            return plainRetype(c, c.retyped().get(0));
        }
        List<SymbolChange> linkerMade = linkerMade(c);
        if (!linkerMade.isEmpty()) {
            int n = c.counts().linkerMadeAdded() + c.counts().linkerMadeRemoved();
            String first = n + " linker-made symbol(s) (veneers, thunks, stubs) "
                    + (c.counts().linkerMadeAdded() > 0 ? "appeared" : "vanished") + " between " + span(c) + ", e.g. "
                    + describe(linkerMade.get(0)) + ": branch distances changed, so the linker added or dropped "
                    + "them, and scripts/kallsyms had more (or fewer) names to compress.";
            return new Explanation(Cause.LINKER_MADE_SYMBOLS, span(c), first, List.of(first));
        }
        List<SymbolChange> others = new ArrayList<>(c.added().stream().filter(s -> !isTable(s)).toList());
        others.addAll(c.removed().stream().filter(s -> !isTable(s)).toList());
        if (!others.isEmpty()) {
            String first = c.counts().added() + " symbol(s) appeared and " + c.counts().removed()
                    + " vanished between " + span(c) + ", first " + describe(others.get(0))
                    + ": a symbol that exists in one pass only changes the names scripts/kallsyms compresses.";
            return new Explanation(Cause.SYMBOLS_ADDED_REMOVED, span(c), first, List.of(first));
        }
        Reorder r = c.reordered().get(0);
        String first = r.name() + " changed place relative to its neighbours between " + span(c) + ": it was "
                + hex(r.fromAddress()) + " between " + r.fromNeighbours() + ", it is " + hex(r.toAddress())
                + " between " + r.toNeighbours() + " (" + c.counts().reordered() + " symbol(s) reordered); "
                + "scripts/kallsyms writes the names in address order, so the tables' contents change (and their "
                + "size, where the compression depends on the order).";
        return new Explanation(Cause.REORDERING, span(c), first, List.of(first));
    }

    private static Explanation sectionGrowth(PassComparison c, SectionChange s) {
        String first = "Section " + s.name() + " " + (s.growth() > 0 ? "grew" : "shrank") + " by "
                + Math.abs(s.growth()) + " bytes between " + span(c) + " (size " + size(s.before()) + " -> "
                + size(s.after()) + ") while no symbol changed name, type or order; everything after it moved.";
        return new Explanation(Cause.SECTION_GROWTH, span(c), first, List.of(first));
    }

    /**
     * The lowest section whose size changed by more than the kallsyms tables inside it did (the tables'
     * own growth, and padding up to the section's alignment after them, is expected).
     */
    static Optional<SectionChange> grownSection(PassComparison c, LinkImage after) {
        return c.sections().stream()
                .filter(s -> s.before() != null && s.after() != null && s.growth() != 0)
                .filter(s -> Math.abs(s.growth() - tableGrowthIn(c, after, s.name())) >= alignmentSlack(s))
                .min(java.util.Comparator.comparingLong(s -> s.before().address()));
    }

    private static long alignmentSlack(SectionChange s) {
        return Math.max(1, Math.max(s.before().alignment(), s.after().alignment()));
    }

    /** How much the tables that sit in this section (in the later ELF) grew; a new table counts whole. */
    private static long tableGrowthIn(PassComparison c, LinkImage after, String section) {
        long growth = 0;
        for (LinkImage.Symbol s : after.symbols()) {
            List<Long> sizes = c.tableSizes().get(s.name());
            if (s.isTable() && s.section().equals(section) && sizes != null && sizes.get(1) >= 0) {
                growth += sizes.get(1) - Math.max(0, sizes.get(0));
            }
        }
        return growth;
    }

    private static Explanation withConsequences(Explanation root, List<LinkImage> images,
                                                List<PassComparison> comparisons, int from) {
        List<String> sentences = new ArrayList<>(root.sentences());
        for (int i = from; i < comparisons.size(); i++) {
            PassComparison c = comparisons.get(i);
            if (i > from && root.cause() == Cause.LINKER_MADE_SYMBOLS && !linkerMade(c).isEmpty()) {
                sentences.add(linkerMadeAgain(c));
            }
            String tables = tableChanges(c);
            if (!tables.isEmpty()) {
                sentences.add("Between " + span(c) + " the tables changed size: " + tables + "."
                        + shiftAfterTables(c, images.get(i)).map(s -> " Everything from " + s.firstSymbol() + " ("
                        + hex(s.address()) + ") on moved by " + signed(s.delta()) + " bytes.").orElse(""));
            }
        }
        PassComparison last = comparisons.isEmpty() ? null : comparisons.get(comparisons.size() - 1);
        if (last != null && last.isEmpty() && "final".equals(last.to())) {
            sentences.add("The final vmlinux matches " + last.from() + ": the link converged all the same (the "
                    + "changes above left the tables' size as it was, so nothing after them moved).");
        }
        if (last != null && !last.isEmpty() && "final".equals(last.to())) {
            sentences.add("The final vmlinux differs from " + last.from() + " (" + last.moved() + " symbol(s) moved, "
                    + (last.counts().added() + last.counts().removed() + last.counts().retyped()
                    + last.counts().reordered()) + " name change(s)), so its System.map cannot match the last "
                    + "pass's map: the kernel reports \"Inconsistent kallsyms data\".");
        }
        return new Explanation(root.cause(), root.origin(), root.firstLink(), sentences);
    }

    /** The chain goes on: the tables grew by the last veneers' names, which pushed more branches out of range. */
    private static String linkerMadeAgain(PassComparison c) {
        int added = c.counts().linkerMadeAdded();
        int removed = c.counts().linkerMadeRemoved();
        return "Again between " + span(c) + ": " + added + " more linker-made symbol(s) appeared and " + removed
                + " vanished, e.g. " + describe(linkerMade(c).get(0)) + ". The previous pass's veneers made the "
                + "tables longer, the longer tables moved callers and targets further apart, and more branches "
                + "went out of range: each pass feeds the next, so the passes do not agree (the kernel's third "
                + "pass is its only extra try).";
    }

    private static Optional<Shift> shiftAfterTables(PassComparison c, LinkImage before) {
        long tables = before.symbols().stream().filter(LinkImage.Symbol::isTable)
                .filter(s -> !"ABS".equals(s.section()) && s.address() != 0)
                .mapToLong(LinkImage.Symbol::address).min().orElse(Long.MIN_VALUE);
        return c.shifts().stream().filter(s -> s.address() >= tables).findFirst()
                .or(() -> c.shifts().stream().findFirst());
    }

    /** "kallsyms_names 1200 -> 1216 (+16)", for every table whose size changed (and existed in both). */
    static String tableChanges(PassComparison c) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, List<Long>> e : new java.util.TreeMap<>(c.tableSizes()).entrySet()) {
            long x = e.getValue().get(0);
            long y = e.getValue().get(1);
            if (x >= 0 && y >= 0 && x != y) {
                parts.add(e.getKey() + " " + x + " -> " + y + " (" + signed(y - x) + ")");
            }
        }
        return String.join(", ", parts);
    }

    private static List<SymbolChange> linkerMade(PassComparison c) {
        List<SymbolChange> made = new ArrayList<>(c.added().stream()
                .filter(s -> s.kind().equals(SymbolChange.LINKER_MADE)).toList());
        made.addAll(c.removed().stream().filter(s -> s.kind().equals(SymbolChange.LINKER_MADE)).toList());
        return made;
    }

    private static boolean isTable(SymbolChange s) {
        return s.kind().equals(SymbolChange.TABLE);
    }

    private static String describe(SymbolChange s) {
        return s.name() + " (" + s.letter() + ", " + s.section() + ", " + hex(s.address()) + ")";
    }

    static String span(PassComparison c) {
        return c.from() + " and " + c.to();
    }

    private static String size(Section s) {
        return s == null ? "-" : Long.toString(s.size());
    }

    static String signed(long v) {
        return v >= 0 ? "+" + v : Long.toString(v);
    }

    static String hex(long v) {
        return "0x" + Long.toHexString(v);
    }

    /** A type change with no empty section to blame. */
    static Explanation plainRetype(PassComparison c, Retype r) {
        String first = r.name() + " changed type " + r.fromLetter() + "->" + r.toLetter() + " between " + span(c)
                + " (section " + r.fromSection() + " -> " + r.toSection() + ", " + hex(r.fromAddress()) + " -> "
                + hex(r.toAddress()) + "; " + c.counts().retyped() + " symbol(s) changed type): the type letter is "
                + "part of every compressed name, so the tables change.";
        return new Explanation(Cause.TYPE_CHANGE, span(c), first, List.of(first));
    }
}
