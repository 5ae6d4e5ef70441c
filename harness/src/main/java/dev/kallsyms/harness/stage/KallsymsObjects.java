package dev.kallsyms.harness.stage;

import dev.kallsyms.readback.elf.ElfSection;
import dev.kallsyms.readback.elf.ElfSymbol;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The kallsyms_* tables in an ELF and their sizes. The generator's .S declares them as bare labels (no
 * size), so a table's size is the distance to the next higher address in its section, or to the section's end.
 */
public final class KallsymsObjects {
    private static final String PREFIX = "kallsyms_";

    private KallsymsObjects() {
    }

    public static Map<String, Long> sizes(ElfTables elf) {
        Map<String, Long> sizes = new TreeMap<>();
        for (ElfSymbol s : elf.symbols()) {
            if (isTable(s)) {
                sizes.put(s.name(), s.size() > 0 ? s.size() : extent(s, elf));
            }
        }
        return sizes;
    }

    static boolean isTable(ElfSymbol s) {
        return s.name().startsWith(PREFIX) && s.sectionIndex() > 0 && s.sectionIndex() < 0xff00
                && (s.type() == ElfSymbol.STT_NOTYPE || s.type() == ElfSymbol.STT_OBJECT) && s.isNamedLocation();
    }

    private static long extent(ElfSymbol table, ElfTables elf) {
        ElfSection section = elf.sections().get(table.sectionIndex());
        long end = section.address() + section.size();
        List<ElfSymbol> sameSection = elf.symbols().stream()
                .filter(s -> s.sectionIndex() == table.sectionIndex() && s.value() > table.value())
                .toList();
        long next = sameSection.stream().map(ElfSymbol::value).min(Comparator.naturalOrder()).orElse(end);
        return Math.min(next, end) - table.value();
    }
}
