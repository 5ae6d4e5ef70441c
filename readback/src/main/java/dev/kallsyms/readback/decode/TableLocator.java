package dev.kallsyms.readback.decode;

import dev.kallsyms.readback.elf.ElfFile;
import dev.kallsyms.readback.elf.ElfSection;
import dev.kallsyms.readback.elf.ElfSymbol;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Finds each table of a layout through its label and checks that the labels sit where the format puts them. */
final class TableLocator {
    private TableLocator() {
    }

    /** Null when a table is missing or cannot be read: the reason is in {@code defects}. */
    static Map<Table, TableRegion> locate(ElfFile elf, Map<String, ElfSymbol> symbols, List<Table> layout,
                                          int alignment, Defects defects) throws IOException {
        Map<Table, TableRegion> regions = new EnumMap<>(Table.class);
        ElfSection section = null;
        long[] offsets = new long[layout.size()];
        for (int i = 0; i < layout.size(); i++) {
            Table table = layout.get(i);
            ElfSymbol symbol = symbols.get(table.label());
            if (symbol == null || !symbol.isInSection()) {
                defects.add(table.label() + " is not defined in any section");
                return null;
            }
            ElfSection own = elf.section(symbol.sectionIndex());
            if (section != null && own.index() != section.index()) {
                defects.add(table.label() + " is in section " + own.name() + ", the other tables in "
                        + section.name());
                return null;
            }
            section = own;
            offsets[i] = elf.offsetInSection(symbol);
            if (offsets[i] < 0 || offsets[i] > own.size()) {
                defects.add(table.label() + " points outside its section " + own.name());
                return null;
            }
            if (i > 0 && offsets[i] < offsets[i - 1]) {
                defects.add(table.label() + " comes before " + layout.get(i - 1).label()
                        + "; the format writes it after");
            }
            if (Long.remainderUnsigned(symbol.value(), alignment) != 0) {
                defects.add(String.format("%s at %#x is not aligned to %d bytes", table.label(), symbol.value(),
                        alignment));
            }
        }
        ByteBuffer content = elf.content(section);
        for (int i = 0; i < layout.size(); i++) {
            long bound = i + 1 < layout.size() ? Math.max(offsets[i], offsets[i + 1]) : section.size();
            Table table = layout.get(i);
            long address = symbols.get(table.label()).value();
            regions.put(table, new TableRegion(table, content, (int) offsets[i], (int) bound, address));
        }
        return regions;
    }

    /**
     * A table that ends at {@code end} (relative to its start) must be followed only by the zero padding that
     * aligns the next label.
     */
    static void checkTail(TableRegion region, long end, int alignment, boolean followedByLabel, Defects defects) {
        String label = region.table().label();
        if (end > region.available()) {
            defects.add(String.format("%s needs %d bytes but only %d lie before the next table", label, end,
                    region.available()));
            return;
        }
        if (!followedByLabel) {
            return;
        }
        long gap = region.available() - end;
        if (gap >= alignment) {
            defects.add(String.format("%d unexplained bytes after %s (%d bytes used, next label %d bytes on)", gap,
                    label, end, region.available()));
            return;
        }
        for (long at = end; at < region.available(); at++) {
            if (region.u8((int) at) != 0) {
                defects.add(String.format("non-zero padding byte %#04x after %s at +%d", region.u8((int) at),
                        label, at));
                return;
            }
        }
    }
}
