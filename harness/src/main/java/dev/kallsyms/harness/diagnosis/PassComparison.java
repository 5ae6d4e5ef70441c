package dev.kallsyms.harness.diagnosis;

import java.util.List;
import java.util.Map;

/**
 * How one ELF of a link differs from the one before it. Lists are capped at {@link #LIST_LIMIT} entries; the
 * counts are complete.
 *
 * @param from        label of the earlier ELF ("pass 1")
 * @param to          label of the later ELF ("pass 2", "final")
 * @param added       symbols only the later ELF has
 * @param removed     symbols only the earlier ELF has
 * @param retyped     symbols whose nm type letter changed
 * @param reordered   the fewest symbols that changed place relative to their neighbours (address, then name)
 * @param shifts      runs of consecutive symbols (earlier ELF's order) that moved by the same amount, non-zero only
 * @param moved       how many common symbols changed address
 * @param sections    sections whose start, size or alignment changed, or that appeared or vanished
 * @param tableSizes  kallsyms_* table sizes: name to [earlier, later] (-1 when absent)
 */
public record PassComparison(String from, String to, Counts counts, List<SymbolChange> added,
                             List<SymbolChange> removed, List<Retype> retyped, List<Reorder> reordered,
                             List<Shift> shifts, int moved, List<SectionChange> sections,
                             Map<String, List<Long>> tableSizes) {
    public static final int LIST_LIMIT = 100;

    public PassComparison {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        retyped = List.copyOf(retyped);
        reordered = List.copyOf(reordered);
        shifts = List.copyOf(shifts);
        sections = List.copyOf(sections);
        tableSizes = Map.copyOf(tableSizes);
    }

    /** Full counts (the lists may be cut); {@code linkerMade} of added + removed, tables excluded everywhere. */
    public record Counts(int added, int removed, int linkerMadeAdded, int linkerMadeRemoved, int retyped,
                         int reordered) {
    }

    /** @param kind linker-made, table (kallsyms_*), or other */
    public record SymbolChange(String name, long address, char letter, String section, String kind) {
        public static final String LINKER_MADE = "linker-made";
        public static final String TABLE = "table";
        public static final String OTHER = "other";
    }

    public record Retype(String name, long fromAddress, long toAddress, char fromLetter, char toLetter,
                         String fromSection, String toSection) {
    }

    /** @param fromNeighbours "previous .. next" in the earlier ELF's order; {@code toNeighbours} in the later */
    public record Reorder(String name, long fromAddress, long toAddress, String fromNeighbours,
                          String toNeighbours) {
    }

    /** @param firstSymbol where the run starts @param address its address in the earlier ELF */
    public record Shift(String firstSymbol, long address, long delta, int symbols) {
    }

    /** @param before null when the section appeared @param after null when it vanished */
    public record SectionChange(String name, LinkImage.Section before, LinkImage.Section after) {
        public long growth() {
            return (after == null ? 0 : after.size()) - (before == null ? 0 : before.size());
        }
    }

    /** Whether the later ELF lists different names, letters or order: what changes the compressed tables. */
    public boolean changesNames() {
        return counts.added() + counts.removed() + counts.retyped() + counts.reordered() > 0;
    }

    /** Size change of one table, or 0. */
    public long tableGrowth(String table) {
        List<Long> sizes = tableSizes.get(table);
        if (sizes == null || sizes.get(0) < 0 || sizes.get(1) < 0) {
            return 0;
        }
        return sizes.get(1) - sizes.get(0);
    }

    public boolean isEmpty() {
        return !changesNames() && moved == 0 && sections.isEmpty()
                && tableSizes.values().stream().allMatch(v -> v.get(0).equals(v.get(1)));
    }
}
