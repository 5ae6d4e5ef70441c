package dev.kallsyms.harness.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kallsyms.readback.elf.ElfSection;
import dev.kallsyms.readback.elf.ElfSymbol;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KallsymsObjectsTest {
    @Test
    void aTableRunsToTheNextSymbolOrTheEndOfItsSection() {
        // the layout of readback's tiny.elf (readelf -s): names is an OBJECT of size 4; markers is a bare label
        // at 0x80008044 followed by the token table at 0x80008050, which ends with .rodata at 0x80008030 + 0x24
        List<ElfSection> sections = List.of(SymbolDifferTest.section(0, "", 0, 0, 0, 0),
                SymbolDifferTest.section(1, ".text", 6, 0x80008000L, 0x30, 4),
                SymbolDifferTest.section(2, ".rodata", 2, 0x80008030L, 0x24, 4));
        ElfTables elf = SymbolDifferTest.elf(sections,
                new ElfSymbol("$d", 0x80008044L, 0, 0, 0, 2),
                new ElfSymbol("kallsyms_token_table", 0x80008050L, 0, 1, 0, 2),
                new ElfSymbol("kallsyms_markers", 0x80008044L, 0, 1, 0, 2),
                new ElfSymbol("kallsyms_names", 0x80008040L, 4, 1, 1, 2),
                new ElfSymbol("kallsyms_start", 0x80008000L, 0, 1, 2, 1));
        assertEquals(Map.of("kallsyms_names", 4L, "kallsyms_markers", 12L, "kallsyms_token_table", 4L),
                KallsymsObjects.sizes(elf));
    }
}
