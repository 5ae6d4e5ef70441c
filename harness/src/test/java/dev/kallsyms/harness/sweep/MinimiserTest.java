package dev.kallsyms.harness.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MinimiserTest {
    @Test
    void dropsSettingsThatDoNotMatterAndBisectsTheRest() {
        // fails when at least 100 bytes of padding sit before the tables, whatever the host
        Minimiser m = new Minimiser(p -> p.padding() >= 100, 30);
        Minimiser.Outcome o = m.minimise(SweepPoint.baseline().with("padding", "4096").with("host", "64"));
        assertTrue(o.reproduced());
        assertEquals("padding=100", o.smallest().id());
        assertTrue(o.runs() <= 30);
    }

    @Test
    void aPointThatPassesIsReportedNotMinimised() {
        Minimiser.Outcome o = new Minimiser(p -> false, 5).minimise(SweepPoint.baseline().with("padding", "8"));
        assertFalse(o.reproduced());
        assertEquals(1, o.runs());
    }

    @Test
    void theBudgetIsKept() {
        Minimiser.Outcome o = new Minimiser(p -> p.padding() >= 3, 4)
                .minimise(SweepPoint.baseline().with("padding", "65536"));
        assertEquals(4, o.runs());
        assertTrue(o.smallest().padding() >= 3);
    }
}
