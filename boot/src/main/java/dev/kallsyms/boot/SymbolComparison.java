package dev.kallsyms.boot;

import dev.kallsyms.readback.ExpectedSymbol;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The kernel's own reading of its kallsyms table against the linker's System.map.
 *
 * <p>Two questions: is every entry the kernel shows a System.map line with the same address, type and name
 * (membership, not position: both lists are sorted by address, but the tie-break at equal addresses differs),
 * and did the kernel show as many entries as the table holds ({@link TableSize}). System.map lists more than
 * the table (data symbols unless CONFIG_KALLSYMS_ALL, names kallsyms leaves out), so the map lines the kernel
 * does not show are counted, not failed.
 *
 * @param compared      kernel entries looked up in System.map
 * @param equal         of those, found with the same address, type and name
 * @param tableSize     entries the table holds; -1 when unknown
 * @param mapOnly       System.map lines the kernel did not show
 * @param firstDifference null when there is none
 */
public record SymbolComparison(int compared, int equal, long tableSize, int mapOnly, String firstDifference) {

    public boolean matches() {
        return firstDifference == null;
    }

    public static SymbolComparison compare(List<ExpectedSymbol> kernel, List<ExpectedSymbol> systemMap,
                                           long tableSize) {
        Map<ExpectedSymbol, Integer> unmatched = counts(systemMap);
        Map<String, List<ExpectedSymbol>> byName = byName(systemMap);
        int equal = 0;
        String first = null;
        for (int i = 0; i < kernel.size(); i++) {
            ExpectedSymbol shown = kernel.get(i);
            Integer left = unmatched.get(shown);
            if (left != null && left > 0) {
                unmatched.put(shown, left - 1);
                equal++;
            } else if (first == null) {
                first = describe(i, shown, byName.getOrDefault(shown.name(), List.of()), left != null);
            }
        }
        if (first == null && tableSize >= 0 && tableSize != kernel.size()) {
            first = "the kernel showed " + kernel.size() + " entries, its table holds " + tableSize;
        }
        int mapOnly = unmatched.values().stream().mapToInt(Integer::intValue).sum();
        return new SymbolComparison(kernel.size(), equal, tableSize, mapOnly, first);
    }

    private static String describe(int index, ExpectedSymbol shown, Collection<ExpectedSymbol> sameName,
                                   boolean shownBefore) {
        String head = "entry " + index + " '" + shown + "': ";
        if (shownBefore) {
            return head + "shown more often than System.map lists it";
        }
        if (sameName.isEmpty()) {
            return head + "System.map has no symbol of that name";
        }
        return head + "System.map has " + sameName.stream().limit(3).map(ExpectedSymbol::toString).toList();
    }

    private static Map<ExpectedSymbol, Integer> counts(List<ExpectedSymbol> symbols) {
        Map<ExpectedSymbol, Integer> counts = new HashMap<>(symbols.size() * 2);
        for (ExpectedSymbol s : symbols) {
            counts.merge(s, 1, Integer::sum);
        }
        return counts;
    }

    private static Map<String, List<ExpectedSymbol>> byName(List<ExpectedSymbol> symbols) {
        Map<String, List<ExpectedSymbol>> byName = new HashMap<>(symbols.size() * 2);
        for (ExpectedSymbol s : symbols) {
            byName.computeIfAbsent(s.name(), n -> new ArrayList<>(1)).add(s);
        }
        return byName;
    }
}
