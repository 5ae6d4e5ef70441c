package dev.kallsyms.harness.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kallsyms.harness.StageReport.SymbolDiff;
import dev.kallsyms.readback.elf.ElfSection;
import dev.kallsyms.readback.elf.ElfSymbol;
import java.util.List;
import org.junit.jupiter.api.Test;

class SymbolDifferTest {
    private static final List<ElfSection> SECTIONS = List.of(
            section(0, "", 0, 0, 0, 0),
            section(1, ".text", 6, 0x8000, 0x1000, 4),
            section(2, ".rodata", 2, 0x9000, 0x100, 4));

    static ElfSection section(int index, String name, long flags, long address, long size, long alignment) {
        return new ElfSection(index, name, 1, flags, address, 0x1000 + address, size, 0, alignment);
    }

    /** A global function in .text (binding 1, type 2, section 1). */
    private static ElfSymbol func(String name, long value) {
        return new ElfSymbol(name, value, 4, 1, 2, 1);
    }

    static ElfTables elf(List<ElfSection> sections, ElfSymbol... symbols) {
        List<String> names = java.util.Arrays.stream(symbols).map(s -> s.sectionIndex() < sections.size()
                ? sections.get(s.sectionIndex()).name() : "ABS").toList();
        return new ElfTables(sections, List.of(symbols), names);
    }

    private static ElfTables elf(ElfSymbol... symbols) {
        return elf(SECTIONS, symbols);
    }

    @Test
    void identicalTablesHaveNoDifference() {
        ElfTables a = elf(func("a", 0x8000), func("b", 0x8004));
        SymbolDiff d = SymbolDiffer.diff(a, a);
        assertTrue(d.isEmpty());
        assertEquals(List.of(), d.sections());
    }

    @Test
    void countsAddedRemovedMovedAndRetyped() {
        ElfTables a = elf(func("a", 0x8000), func("b", 0x8004), func("c", 0x8008));
        ElfTables b = elf(func("a", 0x8000), new ElfSymbol("b", 0x8004, 4, 1, 1, 1),
                func("c", 0x800c), func("veneer", 0x8010));
        SymbolDiff d = SymbolDiffer.diff(a, b);
        assertEquals(1, d.added());
        assertEquals(0, d.removed());
        assertEquals(1, d.retyped());
        assertEquals(1, d.moved());
        assertEquals(0, d.reordered());
        assertTrue(d.examples().contains("moved c 0x8008 -> 0x800c"), d.examples().toString());
        assertTrue(d.examples().contains("added veneer 0x8010"), d.examples().toString());
    }

    @Test
    void reorderedCountsTheFewestSymbolsThatChangedPlace() {
        ElfTables a = elf(func("a", 0x8000), func("b", 0x8004), func("c", 0x8008), func("d", 0x800c));
        // d jumps to the front; everything else keeps its relative order
        ElfTables b = elf(func("a", 0x8004), func("b", 0x8008), func("c", 0x800c), func("d", 0x8000));
        SymbolDiff d = SymbolDiffer.diff(a, b);
        assertEquals(1, d.reordered());
        assertEquals(4, d.moved());
    }

    @Test
    void repeatedStaticNamesAreMatchedByOccurrence() {
        ElfTables a = elf(func("__func__", 0x8000), func("__func__", 0x8004));
        ElfTables b = elf(func("__func__", 0x8000), func("__func__", 0x8008));
        SymbolDiff d = SymbolDiffer.diff(a, b);
        assertEquals(1, d.moved());
        assertEquals(0, d.added());
    }

    @Test
    void mappingSectionAndFileSymbolsAreIgnored() {
        ElfTables a = elf(func("a", 0x8000));
        ElfTables b = elf(func("a", 0x8000), new ElfSymbol("$a", 0x8000, 0, 0, 0, 1),
                new ElfSymbol("$d.1", 0x8004, 0, 0, 0, 1), new ElfSymbol("", 0x8000, 0, 0, 3, 1),
                new ElfSymbol("main.c", 0, 0, 0, 4, 0xfff1));
        assertTrue(SymbolDiffer.diff(a, b).isEmpty());
    }

    @Test
    void sectionLayoutChangesAreListed() {
        ElfTables a = elf(func("a", 0x8000));
        ElfTables b = elf(List.of(SECTIONS.get(0), SECTIONS.get(1), section(2, ".rodata", 2, 0x9000, 0x108, 4)),
                func("a", 0x8000));
        assertEquals(List.of(".rodata @0x9000 size 0x100 align 4 -> @0x9000 size 0x108 align 4"),
                SymbolDiffer.diff(a, b).sections());
    }

    @Test
    void aSymbolThatChangesSectionIsRetyped() {
        ElfTables a = elf(func("a", 0x9000));
        ElfTables b = elf(new ElfSymbol("a", 0x9000, 4, 1, 2, 2));
        SymbolDiff d = SymbolDiffer.diff(a, b);
        assertEquals(1, d.retyped());
        assertTrue(d.examples().get(0).endsWith("in .text -> type 2 bind 1 in .rodata"), d.examples().toString());
    }

    @Test
    void anEmptySectionThatRealignsIsListed() {
        // the seed's failure: an empty section whose alignment (and so address) changed between two links
        ElfTables a = elf(List.of(SECTIONS.get(0), SECTIONS.get(1), section(2, ".data..percpu", 3, 0x9000, 0, 4)));
        ElfTables b = elf(List.of(SECTIONS.get(0), SECTIONS.get(1), section(2, ".data..percpu", 3, 0x9040, 0, 64)));
        assertEquals(List.of(".data..percpu @0x9000 size 0x0 align 4 -> @0x9040 size 0x0 align 64"),
                SymbolDiffer.diff(a, b).sections());
    }

    @Test
    void longestIncreasingRun() {
        assertEquals(4, SymbolDiffer.longestIncreasingRun(new int[] {0, 1, 2, 3}));
        assertEquals(3, SymbolDiffer.longestIncreasingRun(new int[] {3, 0, 1, 2}));
        assertEquals(1, SymbolDiffer.longestIncreasingRun(new int[] {3, 2, 1, 0}));
        assertEquals(0, SymbolDiffer.longestIncreasingRun(new int[] {}));
    }
}
