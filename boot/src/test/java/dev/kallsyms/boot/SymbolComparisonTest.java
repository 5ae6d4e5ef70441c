package dev.kallsyms.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kallsyms.readback.ExpectedSymbol;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SymbolComparisonTest {
    private static final List<ExpectedSymbol> MAP = map(
            "80008000 T _text",
            "80008000 T stext",
            "80100000 T _stext",
            "80100000 t __do_fixup",
            "80100040 T start_kernel",
            "80100080 t helper",
            "80800000 T _etext",
            "80900000 D jiffies",
            "80900004 d some_static_data");

    /** What the kernel shows without CONFIG_KALLSYMS_ALL: the text part, in its own tie-break order. */
    private static final List<ExpectedSymbol> SHOWN = map(
            "80008000 T stext",
            "80008000 T _text",
            "80100000 t __do_fixup",
            "80100000 T _stext",
            "80100040 T start_kernel",
            "80100080 t helper",
            "80800000 T _etext");

    @Test
    void kernelShowingMapEntriesInItsOwnOrderMatches() {
        SymbolComparison c = SymbolComparison.compare(SHOWN, MAP, SHOWN.size());
        assertTrue(c.matches(), c.firstDifference());
        assertNull(c.firstDifference());
        assertEquals(7, c.compared());
        assertEquals(7, c.equal());
        assertEquals(2, c.mapOnly(), "the data symbols are counted, not failed");
    }

    @Test
    void wrongAddressIsCaughtWithWhatTheMapSays() {
        List<ExpectedSymbol> shown = replace(SHOWN, 4, "80100044 T start_kernel");
        SymbolComparison c = SymbolComparison.compare(shown, MAP, shown.size());
        assertFalse(c.matches());
        assertEquals(6, c.equal());
        assertTrue(c.firstDifference().startsWith("entry 4 '80100044 T start_kernel'"), c.firstDifference());
        assertTrue(c.firstDifference().contains("80100040 T start_kernel"), c.firstDifference());
    }

    @Test
    void wrongTypeIsCaught() {
        List<ExpectedSymbol> shown = replace(SHOWN, 5, "80100080 T helper");
        SymbolComparison c = SymbolComparison.compare(shown, MAP, shown.size());
        assertFalse(c.matches());
        assertTrue(c.firstDifference().contains("'80100080 T helper'"), c.firstDifference());
    }

    @Test
    void garbledNameIsCaught() {
        List<ExpectedSymbol> shown = replace(SHOWN, 2, "80100000 t __do_fixap");
        SymbolComparison c = SymbolComparison.compare(shown, MAP, shown.size());
        assertEquals("entry 2 '80100000 t __do_fixap': System.map has no symbol of that name", c.firstDifference());
    }

    @Test
    void entryShownTwiceIsCaught() {
        List<ExpectedSymbol> shown = new ArrayList<>(SHOWN);
        shown.add(5, shown.get(4));
        SymbolComparison c = SymbolComparison.compare(shown, MAP, shown.size());
        assertFalse(c.matches());
        assertTrue(c.firstDifference().contains("more often"), c.firstDifference());
    }

    @Test
    void kernelShowingFewerEntriesThanItsTableIsCaught() {
        List<ExpectedSymbol> shown = SHOWN.subList(0, 6);
        SymbolComparison c = SymbolComparison.compare(shown, MAP, 7);
        assertFalse(c.matches());
        assertEquals("the kernel showed 6 entries, its table holds 7", c.firstDifference());
    }

    @Test
    void entryMadeFromAnUnnamedMapLineIsAccountedForNotFailed() {
        List<ExpectedSymbol> map = List.of(sym("80100000 T _stext"), sym("801e42b0 t "), sym("801e42b4 t "),
                sym("801e4300 T after"), sym("80800000 T _etext"));
        List<ExpectedSymbol> shown = List.of(sym("80100000 T _stext"), sym("801e42b0 t 801e42b4"),
                sym("801e4300 T after"), sym("80800000 T _etext"));
        SymbolComparison c = SymbolComparison.compare(shown, map, shown.size());
        assertTrue(c.matches(), c.firstDifference());
        assertEquals(3, c.equal());
        assertEquals(1, c.fromUnnamed());
    }

    @Test
    void hexNameWithoutAnUnnamedLineBehindItIsStillADifference() {
        List<ExpectedSymbol> shown = replace(SHOWN, 5, "80100080 t 80800000");
        SymbolComparison c = SymbolComparison.compare(shown, MAP, shown.size());
        assertFalse(c.matches());
        assertEquals(0, c.fromUnnamed());
    }

    private static ExpectedSymbol sym(String line) {
        return MapLines.parse(line);
    }

    private static List<ExpectedSymbol> replace(List<ExpectedSymbol> list, int index, String line) {
        List<ExpectedSymbol> copy = new ArrayList<>(list);
        copy.set(index, ExpectedSymbol.parseMapLine(line));
        return copy;
    }

    private static List<ExpectedSymbol> map(String... lines) {
        return java.util.Arrays.stream(lines).map(ExpectedSymbol::parseMapLine).toList();
    }
}
