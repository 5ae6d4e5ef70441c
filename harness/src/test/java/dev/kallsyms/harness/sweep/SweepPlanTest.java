package dev.kallsyms.harness.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kallsyms.harness.Cell;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SweepPlanTest {
    private static SweepSpace space(boolean product) {
        Map<Dimension, List<String>> values = new LinkedHashMap<>();
        values.put(Dimension.PADDING, List.of("16", "4096"));
        values.put(Dimension.HOST, List.of("1", "64"));
        values.put(Dimension.EXTRA_PASS, List.of("1"));
        return new SweepSpace(values, product);
    }

    @Test
    void oneAtATimeIsTheBaselineThenEachValueAloneInDimensionOrder() {
        assertEquals(List.of("baseline", "host=1", "host=64", "padding=16", "padding=4096", "extra-pass=1"),
                space(false).points().stream().map(SweepPoint::id).toList());
    }

    @Test
    void productHasEveryCombination() {
        List<SweepPoint> points = space(true).points();
        assertEquals(3 * 3 * 2, points.size());
        assertEquals(points.size(), new HashSet<>(points).size());
        assertTrue(points.stream().anyMatch(p -> p.id().equals("extra-pass=1 host=64 padding=4096")));
    }

    @Test
    void shardsPartitionTheSpaceDeterministically() {
        List<SweepPoint> all = space(true).points();
        List<SweepPoint> joined = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            List<SweepPoint> mine = Shard.parse(i + "/4").select(all);
            assertEquals(mine, Shard.parse(i + "/4").select(space(true).points()), "same on every machine");
            joined.addAll(mine);
        }
        assertEquals(all.size(), joined.size());
        assertEquals(new HashSet<>(all), new HashSet<>(joined));
        assertEquals(List.of(all.get(1), all.get(5), all.get(9), all.get(13), all.get(17)),
                Shard.parse("2/4").select(all));
        assertThrows(IllegalArgumentException.class, () -> Shard.parse("5/4"));
        assertThrows(IllegalArgumentException.class, () -> Shard.parse("x"));
    }

    @Test
    void pointsBecomeMakeVariablesOfTheBaseCell() {
        Cell base = new Cell("6.1", "gcc-12", "tinyconfig", List.of("CONFIG_KALLSYMS=y"), List.of("V=1"));
        SweepPoint p = SweepPoint.baseline().with("host", "5").with("localversion", "3").with("extra-pass", "1")
                .with("padding", "64").with("timestamp", "Thu Jan 1 1970");
        Cell cell = p.apply(base, ".harness/sweep/vmlinux-pad64.lds");
        assertEquals(List.of("V=1", "KALLSYMS_EXTRA_PASS=1", "KBUILD_BUILD_HOST=hhhhh", "LOCALVERSION=-vv",
                "KBUILD_BUILD_TIMESTAMP=Thu Jan 1 1970", "KBUILD_LDS=.harness/sweep/vmlinux-pad64.lds"),
                cell.makeVars());
        assertTrue(!cell.id().equals(base.id()), "each point has its own results directory");
        assertThrows(IllegalArgumentException.class, () -> SweepPoint.baseline().with("colour", "red"));
    }

    @Test
    void paddingGoesRightAfterTheStartOfRodata() {
        String script = ".text : { *(.text) } .rodata : AT(ADDR(.rodata) - 0) { __start_rodata = .; *(.rodata) }";
        assertEquals(".text : { *(.text) } .rodata : AT(ADDR(.rodata) - 0) { __start_rodata = .; . = . + 256; "
                + "*(.rodata) }", LinkerScriptCopy.pad(script, 256));
        assertThrows(IllegalArgumentException.class, () -> LinkerScriptCopy.pad(".text : { }", 8));
    }

    @Test
    void theEmptyPercpuSectionGoesBeforeTheAlignmentThatEndsInit() {
        String script = ".exit.data : { } . = ALIGN(((1 << 12) << 1)); __init_end = .; _sdata = .;";
        assertEquals(".exit.data : { } " + LinkerScriptCopy.EMPTY_PERCPU + ". = ALIGN(((1 << 12) << 1)); "
                + "__init_end = .; _sdata = .;", LinkerScriptCopy.addEmptyPercpu(script));
        SweepPoint p = SweepPoint.baseline().with("empty-percpu", "1");
        assertTrue(p.needsScript());
        assertTrue(p.apply(Cell.of("6.1", "gcc-12", "tinyconfig"), "s.lds").makeVars().contains("KBUILD_LDS=s.lds"));
    }
}
