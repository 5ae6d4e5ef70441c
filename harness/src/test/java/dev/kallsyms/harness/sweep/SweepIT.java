package dev.kallsyms.harness.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kallsyms.harness.Cell;
import dev.kallsyms.harness.RunOptions;
import dev.kallsyms.harness.diagnosis.LinkImageReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real sweep, relink only: the tree KernelBuildIT built (6.1 / gcc-12 / tinyconfig + KALLSYMS) is copied and
 * relinked at three points, split into two shards that are then merged. Skipped when that tree is absent
 * (KernelBuildIT has to run first).
 */
class SweepIT {
    /** KernelBuildIT's cell; its built tree is target/it-results/build/<cell id>/build. */
    private static final Cell CELL = new Cell("6.1", "gcc-12", "tinyconfig",
            List.of("CONFIG_EXPERT=y", "CONFIG_KALLSYMS=y"), List.of());
    private static final Path TREE = Path.of("target/it-results/build").resolve(CELL.id()).resolve("build")
            .toAbsolutePath();
    private static final Path JAR = Path.of("../generator/target/kallsyms.jar").toAbsolutePath();

    @TempDir
    Path out;

    @Test
    void shardedSweepRelinksEveryPointOnceAndMergesInOrder() {
        assumeTrue(Files.isRegularFile(TREE.resolve("vmlinux.o")), "needs KernelBuildIT's built tree: " + TREE);
        SweepSpace space = new SweepSpace(Map.of(Dimension.PADDING, List.of("64"), Dimension.EXTRA_PASS,
                List.of("1")), false);
        RunOptions options = RunOptions.defaults(out, JAR).withJobs(2);
        List<SweepRunner> shards = new java.util.ArrayList<>();
        for (int i = 1; i <= 2; i++) {
            SweepRunner runner = new SweepRunner(CELL, options, out.resolve("shard-" + i),
                    line -> System.out.println("[SweepIT] " + line));
            runner.prepare(TREE);
            runner.sweep(space, new Shard(i, 2));
            shards.add(runner);
        }
        // shard 1 ended with the extra pass (baseline layout), shard 2 with the padding
        assertEquals(64, tableAddress(out.resolve("shard-2")) - tableAddress(out.resolve("shard-1")),
                "the padding sits before the tables");
        shards.forEach(SweepRunner::deleteTree);
        SweepReport merged = SweepMerge.merge(List.of(out.resolve("shard-1"), out.resolve("shard-2")),
                out.resolve("merged"));
        System.out.print(merged.render());

        assertEquals(List.of("baseline", "padding=64", "extra-pass=1"),
                merged.points().stream().map(PointResult::point).toList());
        assertEquals("merged", merged.shard());
        for (PointResult p : merged.points()) {
            assertEquals("PASS", p.verdict(), p.point());
            assertTrue(p.converged() && p.byteEqual(), p.point());
            assertTrue(Files.isRegularFile(out.resolve("merged").resolve(p.cellDir()).resolve("metadata.json")));
        }
        assertEquals(2, merged.points().get(0).kallsymsRuns());
        assertEquals(3, merged.points().get(2).kallsymsRuns(), "KALLSYMS_EXTRA_PASS=1 reached the link");
        assertTrue(Files.isRegularFile(TREE.resolve("vmlinux.o")), "the built tree itself is left alone");
    }

    private static long tableAddress(Path shard) {
        return LinkImageReader.read(shard.resolve(SweepRunner.TREE).resolve("vmlinux"), "final").symbols().stream()
                .filter(s -> s.name().equals("kallsyms_names")).findFirst().orElseThrow().address();
    }
}
