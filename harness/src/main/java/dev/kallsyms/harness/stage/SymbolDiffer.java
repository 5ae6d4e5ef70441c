package dev.kallsyms.harness.stage;

import dev.kallsyms.harness.StageReport.SymbolDiff;
import dev.kallsyms.readback.elf.ElfSection;
import dev.kallsyms.readback.elf.ElfSymbol;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Compares the symbols and allocated sections of two ELFs of the same link. */
public final class SymbolDiffer {
    static final int EXAMPLES_PER_KIND = 5;

    private SymbolDiffer() {
    }

    public static SymbolDiff diff(ElfTables before, ElfTables after) {
        Map<String, Integer> aIndex = keyed(before.symbols());
        Map<String, Integer> bIndex = keyed(after.symbols());
        Map<String, ElfSymbol> a = resolve(aIndex, before);
        Map<String, ElfSymbol> b = resolve(bIndex, after);
        List<String> examples = new ArrayList<>();
        int added = count(b, a, "added", examples);
        int removed = count(a, b, "removed", examples);
        int retyped = 0;
        int moved = 0;
        List<String> common = new ArrayList<>();
        for (Map.Entry<String, ElfSymbol> e : a.entrySet()) {
            ElfSymbol x = e.getValue();
            ElfSymbol y = b.get(e.getKey());
            if (y == null) {
                continue;
            }
            common.add(e.getKey());
            String xSection = before.sectionOf(aIndex.get(e.getKey()));
            String ySection = after.sectionOf(bIndex.get(e.getKey()));
            if (x.type() != y.type() || x.binding() != y.binding() || !xSection.equals(ySection)) {
                retyped = note(retyped, examples, "retyped " + x.name() + " " + kind(x, xSection) + " -> "
                        + kind(y, ySection));
            }
            if (x.value() != y.value()) {
                moved = note(moved, examples, "moved " + x.name() + " " + hex(x.value()) + " -> " + hex(y.value()));
            }
        }
        int reordered = reordered(common, a, b);
        return new SymbolDiff(added, removed, retyped, reordered, moved, examples, sectionChanges(before, after));
    }

    /**
     * name#n to the symbol's index in the table, n counting earlier symbols of the same name in symbol table
     * order (static names repeat).
     */
    static Map<String, Integer> keyed(List<ElfSymbol> symbols) {
        Map<String, Integer> seen = new HashMap<>();
        Map<String, Integer> keyed = new LinkedHashMap<>();
        for (int i = 0; i < symbols.size(); i++) {
            ElfSymbol s = symbols.get(i);
            if (s.isNamedLocation()) {
                int n = seen.merge(s.name(), 1, Integer::sum) - 1;
                keyed.put(s.name() + "#" + n, i);
            }
        }
        return keyed;
    }

    private static Map<String, ElfSymbol> resolve(Map<String, Integer> keyed, ElfTables elf) {
        Map<String, ElfSymbol> resolved = new LinkedHashMap<>();
        keyed.forEach((key, index) -> resolved.put(key, elf.symbols().get(index)));
        return resolved;
    }

    private static int count(Map<String, ElfSymbol> in, Map<String, ElfSymbol> notIn, String kind,
                             List<String> examples) {
        int n = 0;
        for (Map.Entry<String, ElfSymbol> e : in.entrySet()) {
            if (!notIn.containsKey(e.getKey())) {
                n = note(n, examples, kind + " " + e.getValue().name() + " " + hex(e.getValue().value()));
            }
        }
        return n;
    }

    private static int note(int count, List<String> examples, String example) {
        if (count < EXAMPLES_PER_KIND) {
            examples.add(example);
        }
        return count + 1;
    }

    /** Common symbols in the first ELF's address order; those outside a longest run still ordered in the second moved ahead or behind. */
    static int reordered(List<String> common, Map<String, ElfSymbol> a, Map<String, ElfSymbol> b) {
        List<String> order = new ArrayList<>(common);
        Map<String, Integer> tableIndex = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            tableIndex.put(order.get(i), i);
        }
        order.sort(Comparator.<String>comparingLong(k -> a.get(k).value()).thenComparing(tableIndex::get));
        List<String> inB = new ArrayList<>(order);
        inB.sort(Comparator.<String>comparingLong(k -> b.get(k).value()).thenComparing(tableIndex::get));
        Map<String, Integer> rankInB = new HashMap<>();
        for (int i = 0; i < inB.size(); i++) {
            rankInB.put(inB.get(i), i);
        }
        int[] ranks = order.stream().mapToInt(rankInB::get).toArray();
        return ranks.length - longestIncreasingRun(ranks);
    }

    /** Length of the longest strictly increasing subsequence (patience sorting). */
    static int longestIncreasingRun(int[] values) {
        int[] tails = new int[values.length];
        int length = 0;
        for (int v : values) {
            int lo = 0;
            int hi = length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (tails[mid] < v) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            tails[lo] = v;
            length = Math.max(length, lo + 1);
        }
        return length;
    }

    static List<String> sectionChanges(ElfTables before, ElfTables after) {
        Map<String, ElfSection> a = allocated(before);
        Map<String, ElfSection> b = allocated(after);
        List<String> changes = new ArrayList<>();
        for (ElfSection x : a.values()) {
            ElfSection y = b.get(x.name());
            if (y == null) {
                changes.add(x.name() + " removed");
            } else if (x.address() != y.address() || x.size() != y.size() || x.alignment() != y.alignment()) {
                changes.add(x.name() + " " + layout(x) + " -> " + layout(y));
            }
        }
        b.values().stream().filter(y -> !a.containsKey(y.name())).forEach(y -> changes.add(y.name() + " added"));
        return changes;
    }

    private static Map<String, ElfSection> allocated(ElfTables elf) {
        Map<String, ElfSection> byName = new LinkedHashMap<>();
        elf.sections().stream().filter(ElfSection::allocated).forEach(s -> byName.putIfAbsent(s.name(), s));
        return byName;
    }

    private static String layout(ElfSection s) {
        return "@" + hex(s.address()) + " size " + hex(s.size()) + " align " + s.alignment();
    }

    private static String kind(ElfSymbol s, String section) {
        return "type " + s.type() + " bind " + s.binding() + " in " + section;
    }

    static String hex(long v) {
        return "0x" + Long.toHexString(v);
    }
}
