package dev.kallsyms.harness.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kallsyms.harness.StageReport.SymbolDiff;
import dev.kallsyms.harness.elf.ElfSection;
import dev.kallsyms.harness.elf.ElfSymbol;
import dev.kallsyms.harness.elf.ElfSymbolTable;
import java.util.List;
import org.junit.jupiter.api.Test;

class SymbolDifferTest {
    private static final List<ElfSection> SECTIONS = List.of(
            new ElfSection(0, "", 0, 0, 0, 0, 0),
            new ElfSection(1, ".text", 1, 6, 0x8000, 0x1000, 4),
            new ElfSection(2, ".rodata", 1, 2, 0x9000, 0x100, 4));

    private static ElfSymbol func(String name, long value) {
        return new ElfSymbol(name, value, 4, 2, 1, 1, ".text");
    }

    private static ElfSymbolTable elf(ElfSymbol... symbols) {
        return new ElfSymbolTable(1, 40, SECTIONS, List.of(symbols));
    }

    @Test
    void identicalTablesHaveNoDifference() {
        ElfSymbolTable a = elf(func("a", 0x8000), func("b", 0x8004));
        SymbolDiff d = SymbolDiffer.diff(a, a);
        assertTrue(d.isEmpty());
        assertEquals(List.of(), d.sections());
    }

    @Test
    void countsAddedRemovedMovedAndRetyped() {
        ElfSymbolTable a = elf(func("a", 0x8000), func("b", 0x8004), func("c", 0x8008));
        ElfSymbolTable b = elf(func("a", 0x8000), new ElfSymbol("b", 0x8004, 4, 1, 1, 1, ".text"),
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
        ElfSymbolTable a = elf(func("a", 0x8000), func("b", 0x8004), func("c", 0x8008), func("d", 0x800c));
        // d jumps to the front; everything else keeps its relative order
        ElfSymbolTable b = elf(func("a", 0x8004), func("b", 0x8008), func("c", 0x800c), func("d", 0x8000));
        SymbolDiff d = SymbolDiffer.diff(a, b);
        assertEquals(1, d.reordered());
        assertEquals(4, d.moved());
    }

    @Test
    void repeatedStaticNamesAreMatchedByOccurrence() {
        ElfSymbolTable a = elf(func("__func__", 0x8000), func("__func__", 0x8004));
        ElfSymbolTable b = elf(func("__func__", 0x8000), func("__func__", 0x8008));
        SymbolDiff d = SymbolDiffer.diff(a, b);
        assertEquals(1, d.moved());
        assertEquals(0, d.added());
    }

    @Test
    void mappingSectionAndFileSymbolsAreIgnored() {
        ElfSymbolTable a = elf(func("a", 0x8000));
        ElfSymbolTable b = elf(func("a", 0x8000), new ElfSymbol("$a", 0x8000, 0, 0, 0, 1, ".text"),
                new ElfSymbol("$d.1", 0x8004, 0, 0, 0, 1, ".text"), new ElfSymbol("", 0x8000, 0, 3, 0, 1, ".text"),
                new ElfSymbol("main.c", 0, 0, 4, 0, 0xfff1, "ABS"));
        assertTrue(SymbolDiffer.diff(a, b).isEmpty());
    }

    @Test
    void sectionLayoutChangesAreListed() {
        ElfSymbolTable a = elf(func("a", 0x8000));
        ElfSymbolTable b = new ElfSymbolTable(1, 40, List.of(SECTIONS.get(0), SECTIONS.get(1),
                new ElfSection(2, ".rodata", 1, 2, 0x9000, 0x108, 4)), List.of(func("a", 0x8000)));
        assertEquals(List.of(".rodata @0x9000 size 0x100 align 4 -> @0x9000 size 0x108 align 4"),
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
