package dev.kallsyms.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kallsyms.readback.ExpectedSymbol;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProcKallsymsTest {
    @Test
    void coreEntriesAreParsedAndModuleEntriesKeptApart() {
        ProcKallsyms p = ProcKallsyms.parse(List.of("80008000 T _text", "bf000000 t init_mod\t[dummy]", "",
                "80100000 t __do_fixup"));
        assertEquals(List.of(new ExpectedSymbol(0x80008000L, 'T', "_text"),
                new ExpectedSymbol(0x80100000L, 't', "__do_fixup")), p.core());
        assertEquals(List.of("bf000000 t init_mod\t[dummy]"), p.others());
    }

    @Test
    void damagedLineIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ProcKallsyms.parse(List.of("80008000 _text")));
    }
}
