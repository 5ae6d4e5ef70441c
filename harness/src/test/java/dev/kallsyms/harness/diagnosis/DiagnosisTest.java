package dev.kallsyms.harness.diagnosis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kallsyms.harness.diagnosis.Explanation.Cause;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The diagnosis on synthetic links, one per class of cause; the first is the seed's omap3430ldp case. */
public class DiagnosisTest {
    /**
     * Russell King's 2012 analysis, rebuilt: pass 1 has no tables; in pass 2 the tables push the init sections
     * up, the empty .data..percpu no longer shares .data's 8K-aligned start, __per_cpu_* flip D->T and
     * __data_loc changes place; the final link's tables are then another size and everything after moves.
     */
    public static List<LinkImage> seed() {
        LinkImage pass1 = Images.of("pass 1")
                .section(".text", 0xc0008000L, 0x340000, 32).section(".rodata", 0xc0348000L, 0x60000, 64)
                .section(".init.text", 0xc03a8000L, 0x15000, 32).section(".data..percpu", 0xc03be000L, 0, 4096)
                .section(".data", 0xc03be000L, 0x20000, 8192)
                .symbol("start_kernel", 0xc0008100L, 'T', ".text").symbol("rpc_proc_fops", 0xc0350000L, 'R', ".rodata")
                .symbol("__irf_end", 0xc03bd608L, 't', ".init.text")
                .symbol("__init_end", 0xc03be000L, 'A', "ABS").symbol("__data_loc", 0xc03be000L, 'A', "ABS")
                .symbol("__per_cpu_start", 0xc03be000L, 'D', ".data").symbol("__per_cpu_end", 0xc03be000L, 'D', ".data")
                .symbol("_data", 0xc03be000L, 'D', ".data").symbol("init_thread_union", 0xc03be000L, 'D', ".data")
                .build();
        LinkImage pass2 = Images.of("pass 2")
                .section(".text", 0xc0008000L, 0x340000, 32).section(".rodata", 0xc0348000L, 0xda000, 64)
                .section(".init.text", 0xc0422000L, 0x16608, 32).section(".data..percpu", 0xc0439000L, 0, 4096)
                .section(".data", 0xc043a000L, 0x20000, 8192)
                .symbol("start_kernel", 0xc0008100L, 'T', ".text").symbol("rpc_proc_fops", 0xc0350000L, 'R', ".rodata")
                .symbol("kallsyms_names", 0xc0352900L, 'R', ".rodata")
                .symbol("kallsyms_markers", 0xc03acd00L, 'R', ".rodata")
                .symbol("__irf_end", 0xc0438608L, 't', ".init.text")
                .symbol("__init_end", 0xc0439000L, 'A', "ABS").symbol("__data_loc", 0xc043a000L, 'A', "ABS")
                .symbol("__per_cpu_start", 0xc0439000L, 'T', ".init.text")
                .symbol("__per_cpu_end", 0xc0439000L, 'T', ".init.text")
                .symbol("_data", 0xc043a000L, 'D', ".data").symbol("init_thread_union", 0xc043a000L, 'D', ".data")
                .build();
        LinkImage finalLink = Images.of("final")
                .section(".text", 0xc0008000L, 0x340000, 32).section(".rodata", 0xc0348000L, 0xd9ff0, 64)
                .section(".init.text", 0xc0422000L, 0x16608, 32).section(".data..percpu", 0xc0439000L, 0, 4096)
                .section(".data", 0xc043a000L, 0x20000, 8192)
                .symbol("start_kernel", 0xc0008100L, 'T', ".text").symbol("rpc_proc_fops", 0xc0350000L, 'R', ".rodata")
                .symbol("kallsyms_names", 0xc0352900L, 'R', ".rodata")
                .symbol("kallsyms_markers", 0xc03accf0L, 'R', ".rodata")
                .symbol("__irf_end", 0xc04385f8L, 't', ".init.text")
                .symbol("__init_end", 0xc0439000L, 'A', "ABS").symbol("__data_loc", 0xc043a000L, 'A', "ABS")
                .symbol("__per_cpu_start", 0xc0439000L, 'T', ".init.text")
                .symbol("__per_cpu_end", 0xc0439000L, 'T', ".init.text")
                .symbol("_data", 0xc043a000L, 'D', ".data").symbol("init_thread_union", 0xc043a000L, 'D', ".data")
                .build();
        return List.of(pass1, pass2, finalLink);
    }

    @Test
    void seedCaseBlamesTheEmptyPerCpuSection() {
        Diagnosis d = Diagnosis.of("seed", seed(), List.of());
        Explanation e = d.explanation();
        assertEquals(Cause.EMPTY_SECTION, e.cause());
        assertEquals("pass 1 and pass 2", e.origin());
        assertTrue(e.firstLink().startsWith("__per_cpu_end changed type D->T"), e.firstLink());
        assertTrue(e.firstLink().contains("section .data..percpu is empty"), e.firstLink());
        assertTrue(e.firstLink().contains("the same address as .data in pass 1"), e.firstLink());
        assertTrue(e.firstLink().contains("0x1000 before .data) in pass 2"), e.firstLink());
        String all = String.join("\n", e.sentences());
        assertTrue(all.contains("kallsyms_names 369664 -> 369648 (-16)"), all);
        assertTrue(all.contains("Everything from __irf_end (0xc0438608) on moved by -16 bytes"), all);
        assertTrue(all.contains("Inconsistent kallsyms data"), all);
    }

    @Test
    void seedCaseListsTheEvidence() {
        PassComparison c = Diagnosis.of("seed", seed(), List.of()).comparisons().get(0);
        assertEquals(2, c.counts().retyped());
        assertEquals(List.of("__data_loc"), c.reordered().stream().map(PassComparison.Reorder::name).toList());
        assertEquals("__irf_end .. __init_end", c.reordered().get(0).fromNeighbours());
        assertEquals("__per_cpu_start .. _data", c.reordered().get(0).toNeighbours());
        assertEquals(List.of("kallsyms_markers", "kallsyms_names"), c.added().stream()
                .map(PassComparison.SymbolChange::name).sorted().toList());
        assertTrue(c.added().stream().allMatch(s -> s.kind().equals("table")));
        assertEquals(0, c.counts().added());
        assertEquals(0x7b000, c.shifts().get(0).delta());
        assertEquals("__irf_end", c.shifts().get(0).firstSymbol());
        assertTrue(c.sections().stream().anyMatch(s -> s.name().equals(".data..percpu")
                && s.before().address() == 0xc03be000L && s.after().address() == 0xc0439000L));
    }

    @Test
    void aVeneerAppearingInALaterPassIsNamed() {
        LinkImage a = base("pass 1", 0).build();
        LinkImage b = base("pass 2", 0x10).symbol("__do_exit_veneer", 0x9000, 't', ".text").build();
        Explanation e = Diagnosis.of("veneer", List.of(a, b), List.of()).explanation();
        assertEquals(Cause.LINKER_MADE_SYMBOLS, e.cause());
        assertTrue(e.firstLink().contains("__do_exit_veneer"), e.firstLink());
    }

    @Test
    void veneersAppearingPassAfterPassAreAChain() {
        LinkImage a = base("pass 1", 0).build();
        LinkImage b = base("pass 2", 0x10).symbol("__do_exit_veneer", 0x9000, 't', ".init.text").build();
        LinkImage c = base("pass 3", 0x10).symbol("__do_exit_veneer", 0x9000, 't', ".init.text")
                .symbol("__panic_veneer", 0x9010, 't', ".init.text").build();
        Explanation e = Diagnosis.of("chain", List.of(a, b, c), List.of()).explanation();
        assertEquals(Cause.LINKER_MADE_SYMBOLS, e.cause());
        String all = String.join("\n", e.sentences());
        assertTrue(all.contains("Again between pass 2 and pass 3: 1 more linker-made symbol(s) appeared and 0 "
                + "vanished, e.g. __panic_veneer"), all);
    }

    @Test
    void anOrdinarySymbolAppearingIsNamed() {
        LinkImage a = base("pass 2", 0).build();
        LinkImage b = base("pass 3", 0).symbol("late_symbol", 0x9100, 'T', ".text").build();
        Explanation e = Diagnosis.of("added", List.of(a, b), List.of()).explanation();
        assertEquals(Cause.SYMBOLS_ADDED_REMOVED, e.cause());
        assertTrue(e.firstLink().contains("late_symbol (T, .text, 0x9100)"), e.firstLink());
    }

    @Test
    void aReorderingIsNamedWithItsNeighbours() {
        LinkImage a = base("pass 1", 0).symbol("mover", 0x9004, 'T', ".text").build();
        LinkImage b = base("pass 2", 0).symbol("mover", 0x9030, 'T', ".text").build();
        Explanation e = Diagnosis.of("order", List.of(a, b), List.of()).explanation();
        assertEquals(Cause.REORDERING, e.cause());
        assertTrue(e.firstLink().startsWith("mover changed place"), e.firstLink());
        assertTrue(e.firstLink().contains("between f1 .. f2"), e.firstLink());
    }

    @Test
    void aSectionGrowingOnItsOwnIsNamed() {
        LinkImage a = Images.of("pass 1").section(".text", 0x8000, 0x100, 4).section(".extra", 0x8100, 0x40, 4)
                .section(".rodata", 0x8140, 0x20, 4).symbol("f", 0x8000, 'T', ".text")
                .symbol("r", 0x8140, 'R', ".rodata").build();
        LinkImage b = Images.of("pass 2").section(".text", 0x8000, 0x100, 4).section(".extra", 0x8100, 0x80, 4)
                .section(".rodata", 0x8180, 0x20, 4).symbol("f", 0x8000, 'T', ".text")
                .symbol("r", 0x8180, 'R', ".rodata").build();
        Explanation e = Diagnosis.of("growth", List.of(a, b), List.of()).explanation();
        assertEquals(Cause.SECTION_GROWTH, e.cause());
        assertTrue(e.firstLink().startsWith("Section .extra grew by 64 bytes"), e.firstLink());
    }

    @Test
    void tablesGrowingAloneAreExpectedNotAGrowthCause() {
        LinkImage a = base("pass 1", 0).build();
        LinkImage b = base("pass 2", 0).symbol("kallsyms_names", 0xa000, 'R', ".rodata").build();
        Explanation e = Diagnosis.of("ok", List.of(a, b), List.of()).explanation();
        assertEquals(Cause.NONE, e.cause(), e.firstLink());
    }

    @Test
    void kallsymsFunctionsAreOrdinarySymbolsNotTables() {
        LinkImage a = base("pass 2", 0).build();
        LinkImage b = base("pass 3", 0).symbol("kallsyms_lookup", 0x9020, 'T', ".text").build();
        Explanation e = Diagnosis.of("added", List.of(a, b), List.of()).explanation();
        assertEquals(Cause.SYMBOLS_ADDED_REMOVED, e.cause(), e.firstLink());
    }

    @Test
    void aReorderingThatKeepsTheTablesSizeStillConverges() {
        LinkImage a = base("pass 1", 0).symbol("mover", 0x9004, 'T', ".text").build();
        LinkImage b = base("pass 2", 0).symbol("mover", 0x9030, 'T', ".text").build();
        LinkImage f = base("final", 0).symbol("mover", 0x9030, 'T', ".text").build();
        Explanation e = Diagnosis.of("order", List.of(a, b, f), List.of()).explanation();
        assertEquals(Cause.REORDERING, e.cause());
        assertTrue(e.sentences().get(e.sentences().size() - 1).startsWith("The final vmlinux matches pass 2: the "
                + "link converged"), e.sentences().toString());
    }

    @Test
    void identicalPassesConverge() {
        LinkImage a = base("pass 2", 0).build();
        Diagnosis d = Diagnosis.of("same", List.of(a, base("final", 0).build()), List.of());
        assertEquals(Cause.NONE, d.explanation().cause());
        assertTrue(d.comparisons().get(0).isEmpty());
    }

    @Test
    void textAndJsonCarryTheExplanation() {
        Diagnosis d = Diagnosis.of("seed", seed(), List.of("a", "b", "c"));
        String text = DiagnosisText.render(d);
        assertTrue(text.contains("First link: EMPTY_SECTION (pass 1 and pass 2)"), text);
        assertTrue(text.contains("__per_cpu_start D -> T  (.data -> .init.text, 0xc03be000 -> 0xc0439000)"), text);
        assertTrue(text.contains(".data..percpu            @0xc03be000 size 0 align 4096 -> @0xc0439000 size 0"),
                text);
        Diagnosis back = DiagnosisFiles.fromJson(DiagnosisFiles.toJson(d));
        assertEquals(d, back);
    }

    /** Two functions in .text and a table-free .rodata; {@code shift} moves .rodata. */
    private static Images base(String label, long shift) {
        return Images.of(label).section(".text", 0x9000, 0x100, 4).section(".rodata", 0xa000 + shift, 0x100, 4)
                .symbol("f1", 0x9000, 'T', ".text").symbol("f2", 0x9010, 'T', ".text")
                .symbol("r1", 0xa000 + shift, 'R', ".rodata");
    }
}
