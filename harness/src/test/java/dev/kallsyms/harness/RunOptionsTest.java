package dev.kallsyms.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Every wither changes its own component and carries every other one over. */
class RunOptionsTest {
    private final RunOptions all = new RunOptions(Path.of("/o"), 3, Path.of("/g.jar"), true, LinkMode.DROP_IN, false,
            false, Path.of("/t"), true, Duration.ofMinutes(7), 5L, Pins.NONE, null, Progress.SILENT, true);

    @Test
    void withersChangeOnlyTheirComponent() {
        assertEquals(new RunOptions(Path.of("/o"), 9, Path.of("/g.jar"), true, LinkMode.DROP_IN, false, false,
                Path.of("/t"), true, Duration.ofMinutes(7), 5L, Pins.NONE, null, Progress.SILENT, true),
                all.withJobs(9));
        assertEquals(new RunOptions(Path.of("/o"), 3, Path.of("/g.jar"), true, LinkMode.DROP_IN, false, false,
                Path.of("/t"), true, Duration.ofMinutes(7), 5L, Pins.NONE, null, Progress.SILENT, false),
                all.withLinkC(false));
        assertEquals(new RunOptions(Path.of("/o"), 3, Path.of("/g.jar"), true, LinkMode.DROP_IN, false, false,
                Path.of("/u"), true, Duration.ofMinutes(7), 5L, Pins.NONE, null, Progress.SILENT, true),
                all.withBuildTree(Path.of("/u")));
    }

    @Test
    void relinkingSetsTheTreeAndRelinkOnly() {
        RunOptions r = RunOptions.defaults(Path.of("/o"), Path.of("/g.jar")).relinking(Path.of("/t"));
        assertEquals(Path.of("/t"), r.buildTree());
        assertEquals(true, r.relinkOnly());
        assertEquals(RunOptions.defaults(Path.of("/o"), Path.of("/g.jar")).withBuildTree(Path.of("/t")).jobs(),
                r.jobs());
    }
}
