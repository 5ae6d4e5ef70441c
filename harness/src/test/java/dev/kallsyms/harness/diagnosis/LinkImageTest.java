package dev.kallsyms.harness.diagnosis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kallsyms.harness.diagnosis.LinkImage.Section;
import dev.kallsyms.harness.diagnosis.LinkImage.Symbol;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LinkImageTest {
    @Test
    void aTableRunsToTheNextSymbolOrTheEndOfItsSection() {
        // the layout of readback's tiny.elf (readelf -s): names is an OBJECT of size 4; markers is a bare label
        // at 0x80008044 followed by the token table at 0x80008050, which ends with .rodata at 0x80008030 + 0x24
        List<Section> sections = List.of(new Section(".text", 0x80008000L, 0x30, 4, true),
                new Section(".rodata", 0x80008030L, 0x24, 4, true));
        Symbol names = new Symbol("kallsyms_names", 0x80008040L, 4, 'R', ".rodata");
        Symbol markers = new Symbol("kallsyms_markers", 0x80008044L, 0, 'R', ".rodata");
        Symbol tokens = new Symbol("kallsyms_token_table", 0x80008050L, 0, 'R', ".rodata");
        Symbol start = new Symbol("kallsyms_start", 0x80008000L, 0, 'T', ".text");
        Symbol mapping = new Symbol("$d", 0x80008044L, 0, 'r', ".rodata");
        LinkImage image = new LinkImage("pass 1", List.of(tokens, markers, names, start), sections, Map.of());
        List<Symbol> boundaries = List.of(start, names, mapping, markers, tokens);
        assertEquals(Map.of("kallsyms_names", 4L, "kallsyms_markers", 12L, "kallsyms_token_table", 4L),
                image.measureTables(boundaries));
    }
}
