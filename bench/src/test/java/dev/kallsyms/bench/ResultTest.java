package dev.kallsyms.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A scenario meets its goals only when both ratios are within them; a missing goal is never missed. */
class ResultTest {
    private static Measurement measured(double wall, long rssKb) {
        Measurement m = new Measurement();
        m.add(wall, wall, rssKb);
        return m;
    }

    @Test
    void wallAndRssGoals() {
        Scenario timed = Scenario.parse("x | vexpress-6.1.192-pass2 | 6.1 | --base-relative | 0.6 | -");
        Scenario sized = Scenario.parse("y | synthetic:2000000 | 6.12 | | - | 2");
        assertTrue(new Result(timed, 1, measured(1.0, 100), measured(0.6, 900), true).fastEnough());
        assertFalse(new Result(timed, 1, measured(1.0, 100), measured(0.61, 100), true).fastEnough());
        assertTrue(new Result(timed, 1, measured(1.0, 100), measured(0.5, 900), true).smallEnough());
        assertTrue(new Result(sized, 1, measured(1.0, 100), measured(9.0, 200), true).smallEnough());
        assertFalse(new Result(sized, 1, measured(1.0, 100), measured(0.1, 201), true).smallEnough());
        assertTrue(sized.synthetic());
        assertEquals(2_000_000, sized.syntheticSymbols());
        assertTrue(new Result(sized, 1, measured(1.0, 100), measured(0.1, 201), true).row().endsWith("| MISSED"));
        assertTrue(new Result(timed, 1, measured(1.0, 100), measured(0.1, 201), false).row().endsWith("| OUTPUTS DIFFER"));
    }
}
