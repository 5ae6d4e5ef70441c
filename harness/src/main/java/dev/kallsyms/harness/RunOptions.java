package dev.kallsyms.harness;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How to run cells.
 *
 * @param output         results root; each cell gets {@code <output>/<cell id>/}
 * @param jobs           make -j
 * @param generatorJar   the Java generator (generator/target/kallsyms.jar)
 * @param stopOnMismatch fail the link at the first pass where the generators disagree
 * @param interpose      false builds with the tree's own scripts/kallsyms (to measure the harness's overhead)
 * @param ccache         compile through ccache (a volume reused across cells and runs)
 * @param boot           boot a passing cell under qemu when its defconfig is in boot/'s boot table
 * @param buildTree      the O= directory; null for {@code <cell dir>/build}
 * @param relinkOnly     reuse a configured and compiled buildTree: delete the link's outputs, link again
 * @param timeout        limit for each make call
 * @param testFault      a deliberate fault for the harness's own tests (see {@link TestFault}); null otherwise
 * @param progress       where phases and log lines go
 * @param linkC          hand the C program's output to the build instead of the Java generator's (both still
 *                       run and are compared): to watch a link the way the tree's own, perhaps patched, C
 *                       program would make it
 */
public record RunOptions(Path output, int jobs, Path generatorJar, boolean stopOnMismatch, boolean interpose,
                         boolean ccache, boolean boot, Path buildTree, boolean relinkOnly, Duration timeout,
                         TestFault testFault, Progress progress, boolean linkC) {

    public static RunOptions defaults(Path output, Path generatorJar) {
        return new RunOptions(output, 2, generatorJar, false, true, true, true, null, false, Duration.ofHours(4),
                null, Progress.SILENT, false);
    }

    public RunOptions withJobs(int n) {
        return new RunOptions(output, n, generatorJar, stopOnMismatch, interpose, ccache, boot, buildTree,
                relinkOnly, timeout, testFault, progress, linkC);
    }

    public RunOptions withOutput(Path dir) {
        return new RunOptions(dir, jobs, generatorJar, stopOnMismatch, interpose, ccache, boot, buildTree,
                relinkOnly, timeout, testFault, progress, linkC);
    }

    public RunOptions withStopOnMismatch(boolean stop) {
        return new RunOptions(output, jobs, generatorJar, stop, interpose, ccache, boot, buildTree, relinkOnly,
                timeout, testFault, progress, linkC);
    }

    public RunOptions withInterpose(boolean on) {
        return new RunOptions(output, jobs, generatorJar, stopOnMismatch, on, ccache, boot, buildTree,
                relinkOnly, timeout, testFault, progress, linkC);
    }

    public RunOptions withCcache(boolean on) {
        return new RunOptions(output, jobs, generatorJar, stopOnMismatch, interpose, on, boot, buildTree,
                relinkOnly, timeout, testFault, progress, linkC);
    }

    public RunOptions withBoot(boolean on) {
        return new RunOptions(output, jobs, generatorJar, stopOnMismatch, interpose, ccache, on, buildTree,
                relinkOnly,
                timeout, testFault, progress, linkC);
    }

    /** Relink an already built tree (its .config and objects stay; the link's outputs are deleted first). */
    public RunOptions relinking(Path tree) {
        return new RunOptions(output, jobs, generatorJar, stopOnMismatch, interpose, ccache, boot, tree, true,
                timeout, testFault, progress, linkC);
    }

    public RunOptions withBuildTree(Path tree) {
        return new RunOptions(output, jobs, generatorJar, stopOnMismatch, interpose, ccache, boot, tree,
                relinkOnly, timeout, testFault, progress, linkC);
    }

    public RunOptions withTimeout(Duration limit) {
        return new RunOptions(output, jobs, generatorJar, stopOnMismatch, interpose, ccache, boot, buildTree,
                relinkOnly, limit, testFault, progress, linkC);
    }

    public RunOptions withTestFault(TestFault fault) {
        return new RunOptions(output, jobs, generatorJar, stopOnMismatch, interpose, ccache, boot, buildTree,
                relinkOnly, timeout, fault, progress, linkC);
    }

    public RunOptions withProgress(Progress p) {
        return new RunOptions(output, jobs, generatorJar, stopOnMismatch, interpose, ccache, boot, buildTree,
                relinkOnly, timeout, testFault, p, linkC);
    }

    public RunOptions withLinkC(boolean on) {
        return new RunOptions(output, jobs, generatorJar, stopOnMismatch, interpose, ccache, boot, buildTree,
                relinkOnly, timeout, testFault, progress, on);
    }
}
