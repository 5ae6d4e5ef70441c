package dev.kallsyms.harness.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kallsyms.harness.Cell;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepMergeTest {
    private static final Cell BASE = Cell.of("6.1", "gcc-12", "tinyconfig");

    @TempDir
    Path dir;

    @Test
    void shardsJoinBackInTheSweepsOrder() {
        SweepSpace space = new SweepSpace(Map.of(Dimension.PADDING, List.of("1", "2", "3", "4")), false);
        List<SweepPoint> all = space.points();
        for (int i = 1; i <= 2; i++) {
            Shard shard = new Shard(i, 2);
            List<PointResult> results = new ArrayList<>();
            for (SweepPoint p : shard.select(all)) {
                boolean fails = p.id().equals("padding=3");
                results.add(new PointResult(p.id(), p.settings(), 0, "points/" + p.id(), fails ? "STAGE_INCONSISTENT"
                        : "PASS", !fails, fails ? 3 : 2, true, 30000, fails ? "points/x/bundle.tar.xz" : null,
                        fails ? "EMPTY_SECTION" : null, null));
            }
            new SweepReport("sweep", BASE, space.describe(), shard.toString(), all.size(), "t" + i, "u" + i, results)
                    .write(dir.resolve("shard-" + i));
        }
        SweepReport merged = SweepMerge.merge(List.of(dir.resolve("shard-2"), dir.resolve("shard-1")),
                dir.resolve("merged"));
        assertEquals(all.stream().map(SweepPoint::id).toList(), merged.points().stream().map(PointResult::point)
                .toList());
        assertEquals("merged", merged.shard());
        assertEquals(1, merged.failures());
        assertEquals("../shard-2/points/padding=3", merged.points().get(3).cellDir());
        assertEquals(merged, SweepReport.read(dir.resolve("merged")));
    }

    @Test
    void shardsOfDifferentSweepsAreRefused() {
        new SweepReport("sweep", BASE, "padding: 1", "1/2", 2, "t", "u", List.of()).write(dir.resolve("a"));
        new SweepReport("sweep", BASE, "host: 1", "2/2", 2, "t", "u", List.of()).write(dir.resolve("b"));
        assertThrows(IllegalArgumentException.class,
                () -> SweepMerge.merge(List.of(dir.resolve("a"), dir.resolve("b")), dir.resolve("m")));
    }
}
