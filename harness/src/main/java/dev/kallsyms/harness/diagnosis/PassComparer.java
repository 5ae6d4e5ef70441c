package dev.kallsyms.harness.diagnosis;

import dev.kallsyms.harness.diagnosis.LinkImage.Section;
import dev.kallsyms.harness.diagnosis.LinkImage.Symbol;
import dev.kallsyms.harness.diagnosis.PassComparison.Counts;
import dev.kallsyms.harness.diagnosis.PassComparison.Reorder;
import dev.kallsyms.harness.diagnosis.PassComparison.Retype;
import dev.kallsyms.harness.diagnosis.PassComparison.SectionChange;
import dev.kallsyms.harness.diagnosis.PassComparison.SymbolChange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** Compares two ELFs of one link: symbols by name and occurrence, sections by name. */
public final class PassComparer {
    private PassComparer() {
    }

    public static PassComparison compare(LinkImage a, LinkImage b) {
        Map<String, Symbol> before = keyed(a.symbols());
        Map<String, Symbol> after = keyed(b.symbols());
        List<SymbolChange> added = onlyIn(after, before);
        List<SymbolChange> removed = onlyIn(before, after);
        List<Retype> retyped = new ArrayList<>();
        List<String> common = new ArrayList<>();
        int moved = 0;
        for (Map.Entry<String, Symbol> e : before.entrySet()) {
            Symbol x = e.getValue();
            Symbol y = after.get(e.getKey());
            if (y == null) {
                continue;
            }
            moved += x.address() != y.address() ? 1 : 0;
            if (x.isTable()) {
                continue;
            }
            common.add(e.getKey());
            if (x.letter() != y.letter()) {
                retyped.add(new Retype(x.name(), x.address(), y.address(), x.letter(), y.letter(), x.section(),
                        y.section()));
            }
        }
        retyped.sort(Comparator.comparingLong(Retype::toAddress).thenComparing(Retype::name));
        List<Reorder> reordered = Reordering.find(common, before, after);
        Counts counts = new Counts(countOther(added), countOther(removed), countKind(added), countKind(removed),
                retyped.size(), reordered.size());
        return new PassComparison(a.label(), b.label(), counts, cut(added), cut(removed), cut(retyped),
                cut(reordered), cut(AddressShifts.runs(common, before, after)), moved, sectionChanges(a, b),
                tableSizes(a, b));
    }

    /** name#n, n counting earlier symbols of the same name in table order (static names repeat). */
    static Map<String, Symbol> keyed(List<Symbol> symbols) {
        Map<String, Integer> seen = new HashMap<>();
        Map<String, Symbol> keyed = new LinkedHashMap<>();
        for (Symbol s : symbols) {
            int n = seen.merge(s.name(), 1, Integer::sum) - 1;
            keyed.put(s.name() + "#" + n, s);
        }
        return keyed;
    }

    private static List<SymbolChange> onlyIn(Map<String, Symbol> in, Map<String, Symbol> notIn) {
        List<SymbolChange> changes = new ArrayList<>();
        for (Map.Entry<String, Symbol> e : in.entrySet()) {
            if (!notIn.containsKey(e.getKey())) {
                Symbol s = e.getValue();
                String kind = s.isTable() ? SymbolChange.TABLE
                        : LinkerMade.is(s.name()) ? SymbolChange.LINKER_MADE : SymbolChange.OTHER;
                changes.add(new SymbolChange(s.name(), s.address(), s.letter(), s.section(), kind));
            }
        }
        changes.sort(Comparator.comparingLong(SymbolChange::address).thenComparing(SymbolChange::name));
        return changes;
    }

    private static int countOther(List<SymbolChange> changes) {
        return (int) changes.stream().filter(c -> !c.kind().equals(SymbolChange.TABLE)).count();
    }

    private static int countKind(List<SymbolChange> changes) {
        return (int) changes.stream().filter(c -> c.kind().equals(SymbolChange.LINKER_MADE)).count();
    }

    static List<SectionChange> sectionChanges(LinkImage a, LinkImage b) {
        Map<String, Section> x = byName(a);
        Map<String, Section> y = byName(b);
        List<SectionChange> changes = new ArrayList<>();
        for (Section s : x.values()) {
            Section t = y.get(s.name());
            if (t == null || s.address() != t.address() || s.size() != t.size() || s.alignment() != t.alignment()) {
                changes.add(new SectionChange(s.name(), s, t));
            }
        }
        y.values().stream().filter(t -> !x.containsKey(t.name()))
                .forEach(t -> changes.add(new SectionChange(t.name(), null, t)));
        return changes;
    }

    /** Allocated sections only: the others (debug info, comments) do not take part in the layout. */
    private static Map<String, Section> byName(LinkImage image) {
        Map<String, Section> byName = new LinkedHashMap<>();
        image.sections().stream().filter(Section::allocated).forEach(s -> byName.putIfAbsent(s.name(), s));
        return byName;
    }

    private static Map<String, List<Long>> tableSizes(LinkImage a, LinkImage b) {
        Map<String, Long> x = a.tableSizes();
        Map<String, Long> y = b.tableSizes();
        Map<String, List<Long>> sizes = new TreeMap<>();
        for (String name : new TreeSet<>(union(x, y))) {
            sizes.put(name, List.of(x.getOrDefault(name, -1L), y.getOrDefault(name, -1L)));
        }
        return sizes;
    }

    private static List<String> union(Map<String, Long> x, Map<String, Long> y) {
        List<String> names = new ArrayList<>(x.keySet());
        names.addAll(y.keySet());
        return names;
    }

    private static <T> List<T> cut(List<T> list) {
        return list.size() > PassComparison.LIST_LIMIT ? list.subList(0, PassComparison.LIST_LIMIT) : list;
    }
}
