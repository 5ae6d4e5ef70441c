package dev.kallsyms.harness.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kallsyms.harness.StageReport.SymbolDiff;
import dev.kallsyms.harness.diagnosis.LinkImage;
import dev.kallsyms.harness.diagnosis.LinkImage.Section;
import dev.kallsyms.harness.diagnosis.LinkImage.Symbol;
import dev.kallsyms.harness.diagnosis.PassComparer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The stage report's summary of two ELFs of one link, as the diagnosis's comparer sees them. */
class StageDiffTest {
    private static final Section TEXT = new Section(".text", 0x8000, 0x1000, 4, true);
    private static final Section RODATA = new Section(".rodata", 0x9000, 0x100, 4, true);

    private static Symbol func(String name, long address) {
        return new Symbol(name, address, 4, 'T', ".text");
    }

    private static LinkImage image(List<Section> sections, Symbol... symbols) {
        return LinkImage.of("image", List.of(symbols), sections);
    }

    private static LinkImage image(Symbol... symbols) {
        return image(List.of(TEXT, RODATA), symbols);
    }

    private static SymbolDiff diff(LinkImage a, LinkImage b) {
        return StageDiff.of(PassComparer.compare(a, b));
    }

    @Test
    void identicalImagesHaveNoDifference() {
        LinkImage a = image(func("a", 0x8000), func("b", 0x8004));
        SymbolDiff d = diff(a, a);
        assertTrue(d.isEmpty());
        assertEquals(List.of(), d.sections());
        assertEquals(List.of(), d.examples());
    }

    @Test
    void countsAddedRemovedMovedAndRetyped() {
        LinkImage a = image(func("a", 0x8000), func("b", 0x8004), func("c", 0x8008), func("gone", 0x800c));
        LinkImage b = image(func("a", 0x8000), new Symbol("b", 0x8004, 4, 't', ".text"), func("c", 0x800c),
                func("veneer", 0x8010));
        SymbolDiff d = diff(a, b);
        assertEquals(1, d.added());
        assertEquals(1, d.removed());
        assertEquals(1, d.retyped());
        assertEquals(1, d.moved());
        assertEquals(0, d.reordered());
        assertTrue(d.examples().contains("added veneer 0x8010"), d.examples().toString());
        assertTrue(d.examples().contains("removed gone 0x800c"), d.examples().toString());
        assertTrue(d.examples().contains("retyped b T in .text -> t in .text"), d.examples().toString());
        assertTrue(d.examples().contains("moved 1 symbol(s) from c 0x8008 by +0x4"), d.examples().toString());
    }

    @Test
    void reorderedCountsTheFewestSymbolsThatChangedPlace() {
        LinkImage a = image(func("a", 0x8000), func("b", 0x8004), func("c", 0x8008), func("d", 0x800c));
        // d jumps to the front; everything else keeps its relative order
        LinkImage b = image(func("a", 0x8004), func("b", 0x8008), func("c", 0x800c), func("d", 0x8000));
        SymbolDiff d = diff(a, b);
        assertEquals(1, d.reordered());
        assertEquals(4, d.moved());
        assertTrue(d.examples().stream().anyMatch(e -> e.startsWith("reordered d")), d.examples().toString());
    }

    @Test
    void repeatedStaticNamesAreMatchedByOccurrence() {
        LinkImage a = image(func("__func__", 0x8000), func("__func__", 0x8004));
        LinkImage b = image(func("__func__", 0x8000), func("__func__", 0x8008));
        SymbolDiff d = diff(a, b);
        assertEquals(1, d.moved());
        assertEquals(0, d.added());
    }

    @Test
    void sectionLayoutChangesAreListed() {
        LinkImage a = image(func("a", 0x8000));
        LinkImage b = image(List.of(TEXT, new Section(".rodata", 0x9000, 0x108, 4, true)), func("a", 0x8000));
        assertEquals(List.of(".rodata @0x9000 size 0x100 align 4 -> @0x9000 size 0x108 align 4"),
                diff(a, b).sections());
    }

    @Test
    void aSymbolThatChangesSectionAndLetterIsRetyped() {
        LinkImage a = image(func("a", 0x9000));
        LinkImage b = image(new Symbol("a", 0x9000, 4, 'R', ".rodata"));
        SymbolDiff d = diff(a, b);
        assertEquals(1, d.retyped());
        assertEquals(List.of("retyped a T in .text -> R in .rodata"), d.examples());
    }

    @Test
    void anEmptySectionThatRealignsIsListed() {
        // the seed's failure: an empty section whose alignment (and so address) changed between two links
        LinkImage a = image(List.of(TEXT, new Section(".data..percpu", 0x9000, 0, 4, true)));
        LinkImage b = image(List.of(TEXT, new Section(".data..percpu", 0x9040, 0, 64, true)));
        assertEquals(List.of(".data..percpu @0x9000 size 0x0 align 4 -> @0x9040 size 0x0 align 64"),
                diff(a, b).sections());
    }

    @Test
    void examplesStopAtFivePerKindWhileCountsStayComplete() {
        Symbol[] after = new Symbol[9];
        after[0] = func("a", 0x8000);
        for (int i = 1; i < after.length; i++) {
            after[i] = func("new" + i, 0x8000 + 4L * i);
        }
        SymbolDiff d = diff(image(func("a", 0x8000)), image(after));
        assertEquals(8, d.added());
        assertEquals(StageDiff.EXAMPLES_PER_KIND, d.examples().size());
    }
}
