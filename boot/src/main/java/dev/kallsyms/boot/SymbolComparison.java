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
 * <p>One thing the kernel shows that System.map does not: nm prints some unnamed local symbols as a line with
 * no name, and scripts/kallsyms, reading with fscanf, then takes the next line's address as the name (and
 * skips the rest of that line). Such an entry (address and type of the unnamed line, the following line's
 * address as its name) is counted in {@code fromUnnamed} instead of failing.
 *
 * @param compared      kernel entries looked up in System.map
 * @param equal         of those, found with the same address, type and name
 * @param tableSize     entries the table holds; -1 when unknown
 * @param mapOnly       System.map lines the kernel did not show
 * @param fromUnnamed   kernel entries made from an unnamed System.map line and the address after it
 * @param firstDifference null when there is none
 */
public record SymbolComparison(int compared, int equal, long tableSize, int mapOnly, int fromUnnamed,
                               String firstDifference) {

    public boolean matches() {
        return firstDifference == null;
    }

    public static SymbolComparison compare(List<ExpectedSymbol> kernel, List<ExpectedSymbol> systemMap,
                                           long tableSize) {
        Map<ExpectedSymbol, Integer> unmatched = counts(systemMap);
        Map<String, List<ExpectedSymbol>> byName = byName(systemMap);
        Map<ExpectedSymbol, Integer> unnamed = counts(readAsTheGeneratorDoes(systemMap));
        int equal = 0;
        int fromUnnamed = 0;
        String first = null;
        for (int i = 0; i < kernel.size(); i++) {
            ExpectedSymbol shown = kernel.get(i);
            Integer left = unmatched.get(shown);
            if (left != null && left > 0) {
                unmatched.put(shown, left - 1);
                equal++;
            } else if (takeOne(unnamed, numericName(shown))) {
                fromUnnamed++;
            } else if (first == null) {
                first = describe(i, shown, byName.getOrDefault(shown.name(), List.of()), left != null);
            }
        }
        if (first == null && tableSize >= 0 && tableSize != kernel.size()) {
            first = "the kernel showed " + kernel.size() + " entries, its table holds " + tableSize;
        }
        int mapOnly = unmatched.values().stream().mapToInt(Integer::intValue).sum();
        return new SymbolComparison(kernel.size(), equal, tableSize, mapOnly, fromUnnamed, first);
    }

    /** The entries an unnamed line turns into: its address and type, the next line's address as the name. */
    static List<ExpectedSymbol> readAsTheGeneratorDoes(List<ExpectedSymbol> map) {
        List<ExpectedSymbol> made = new ArrayList<>();
        for (int i = 0; i + 1 < map.size(); i++) {
            ExpectedSymbol line = map.get(i);
            if (line.name().isEmpty()) {
                made.add(new ExpectedSymbol(line.address(), line.type(), Long.toHexString(map.get(i + 1).address())));
                i++; // the next line was used up as a name
            }
        }
        return made;
    }

    /** The same entry with a hex name written as {@link #readAsTheGeneratorDoes} writes it; null if not hex. */
    private static ExpectedSymbol numericName(ExpectedSymbol shown) {
        if (!shown.name().matches("[0-9a-fA-F]{1,16}")) {
            return null;
        }
        return new ExpectedSymbol(shown.address(), shown.type(),
                Long.toHexString(Long.parseUnsignedLong(shown.name(), 16)));
    }

    private static boolean takeOne(Map<ExpectedSymbol, Integer> counts, ExpectedSymbol key) {
        Integer left = key == null ? null : counts.get(key);
        if (left == null || left == 0) {
            return false;
        }
        counts.put(key, left - 1);
        return true;
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
