package dev.kallsyms.harness.diagnosis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the diagnosis needs of one ELF of a link (a pass's temporary vmlinux or the final one), independent of
 * how it was read: every named symbol with its nm type letter, and every section header.
 *
 * @param label    how people call it: "pass 1", "final"
 * @param symbols  named locations (no section, file or mapping symbols), in symbol table order
 * @param sections every section header but the null one, in header order (empty ones too)
 */
public record LinkImage(String label, List<Symbol> symbols, List<Section> sections, Map<String, Long> tableSizes) {
    /** The tables scripts/kallsyms writes (every generation's); they are expected to change between passes. */
    public static final java.util.Set<String> TABLES = java.util.Set.of("kallsyms_addresses", "kallsyms_offsets",
            "kallsyms_relative_base", "kallsyms_num_syms", "kallsyms_names", "kallsyms_markers",
            "kallsyms_token_table", "kallsyms_token_index", "kallsyms_seqs_of_names");

    /**
     * @param tableSizes size of each kallsyms table: its ELF size, or (the generator's labels have none) the
     *                   distance to the next symbol of any kind (mapping symbols too) or the end of its section
     */
    public LinkImage {
        symbols = List.copyOf(symbols);
        sections = List.copyOf(sections);
        tableSizes = java.util.Collections.unmodifiableMap(new TreeMap<>(tableSizes));
    }

    /** An image whose table sizes are measured between its named symbols (for images made by hand). */
    public static LinkImage of(String label, List<Symbol> symbols, List<Section> sections) {
        LinkImage sizeless = new LinkImage(label, symbols, sections, Map.of());
        return new LinkImage(label, symbols, sections, sizeless.measureTables(sizeless.byAddress()));
    }

    /** @param letter nm's type letter (T, t, D, R, A, W, ...) @param section its section's name, or ABS */
    public record Symbol(String name, long address, long size, char letter, String section) {
        public boolean isTable() {
            return TABLES.contains(name);
        }
    }

    /** @param allocated SHF_ALLOC: the section takes room in the loaded image */
    public record Section(String name, long address, long size, long alignment, boolean allocated) {
        public long end() {
            return address + size;
        }
    }

    /** Symbols in nm -n order: by address, then by name. */
    public List<Symbol> byAddress() {
        List<Symbol> sorted = new ArrayList<>(symbols);
        sorted.sort(Comparator.comparingLong(Symbol::address).thenComparing(Symbol::name));
        return sorted;
    }

    /**
     * Size of each table among {@code boundaries} (sorted by address): its ELF size, or the distance to the next
     * higher boundary in its section, or the section's end.
     */
    Map<String, Long> measureTables(List<Symbol> sorted) {
        Map<String, Long> sizes = new TreeMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            Symbol s = sorted.get(i);
            if (s.isTable() && !"ABS".equals(s.section())) {
                sizes.put(s.name(), s.size() > 0 ? s.size() : extent(sorted, i));
            }
        }
        return sizes;
    }

    private long extent(List<Symbol> sorted, int i) {
        Symbol table = sorted.get(i);
        long end = sections.stream().filter(x -> x.name().equals(table.section())).mapToLong(Section::end)
                .findFirst().orElse(table.address());
        for (int j = i + 1; j < sorted.size(); j++) {
            Symbol next = sorted.get(j);
            if (next.address() > table.address() && next.section().equals(table.section())) {
                return Math.min(next.address(), end) - table.address();
            }
        }
        return end - table.address();
    }

    /** The allocated section whose address range holds the address (the first non-empty one), or null. */
    public Section sectionAt(long address) {
        return sections.stream().filter(Section::allocated)
                .filter(s -> s.size() > 0 && address >= s.address() && address < s.end())
                .findFirst().orElse(null);
    }
}
