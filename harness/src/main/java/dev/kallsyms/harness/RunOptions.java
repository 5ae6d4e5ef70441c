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
 * @param mode           how the Java generator gets into the link: interposed beside the C (the default), as the
 *                       README's drop-in, or not at all (the tree's own scripts/kallsyms)
 * @param ccache         compile through ccache (a volume reused across cells and runs)
 * @param boot           boot a passing cell under qemu when its defconfig is in boot/'s boot table
 * @param buildTree      the O= directory; null for {@code <cell dir>/build}
 * @param relinkOnly     reuse a configured and compiled buildTree: delete the link's outputs, link again
 * @param timeout        limit for each make call
 * @param memoryBytes    memory limit of the build container (0: none)
 * @param pins           the exact inputs reproduce.sh asks for ({@link Pins#NONE}: the newest there are)
 * @param testFault      a deliberate fault for the harness's own tests (see {@link TestFault}); null otherwise
 * @param progress       where phases and log lines go
 * @param linkC          hand the C program's output to the build instead of the Java generator's (both still
 *                       run and are compared): to follow a link the way the tree's own, perhaps patched, C
 *                       program makes it
 */
public record RunOptions(Path output, int jobs, Path generatorJar, boolean stopOnMismatch, LinkMode mode,
                         boolean ccache, boolean boot, Path buildTree, boolean relinkOnly, Duration timeout,
                         long memoryBytes, Pins pins, TestFault testFault, Progress progress, boolean linkC) {

    public static RunOptions defaults(Path output, Path generatorJar) {
        return new RunOptions(output, 2, generatorJar, false, LinkMode.INTERPOSED, true, true, null, false,
                Duration.ofHours(4), 0, Pins.NONE, null, Progress.SILENT, false);
    }

    public RunOptions withJobs(int n) {
        return new RunOptions(output, n, generatorJar, stopOnMismatch, mode, ccache, boot, buildTree,
                relinkOnly, timeout, memoryBytes, pins, testFault, progress, linkC);
    }

    public RunOptions withOutput(Path dir) {
        return new RunOptions(dir, jobs, generatorJar, stopOnMismatch, mode, ccache, boot, buildTree,
                relinkOnly, timeout, memoryBytes, pins, testFault, progress, linkC);
    }

    public RunOptions withStopOnMismatch(boolean stop) {
        return new RunOptions(output, jobs, generatorJar, stop, mode, ccache, boot, buildTree, relinkOnly,
                timeout, memoryBytes, pins, testFault, progress, linkC);
    }

    public RunOptions withInterpose(boolean on) {
        return withMode(on ? LinkMode.INTERPOSED : LinkMode.PLAIN);
    }

    public RunOptions withMode(LinkMode m) {
        return new RunOptions(output, jobs, generatorJar, stopOnMismatch, m, ccache, boot, buildTree,
                relinkOnly, timeout, memoryBytes, pins, testFault, progress, linkC);
    }

    /** True when the build's kallsyms passes run the harness's wrapper (C and Java side by side). */
    public boolean interpose() {
        return mode == LinkMode.INTERPOSED;
    }

    public RunOptions withCcache(boolean on) {
        return new RunOptions(output, jobs, generatorJar, stopOnMismatch, mode, on, boot, buildTree,
                relinkOnly, timeout, memoryBytes, pins, testFault, progress, linkC);
    }

    public RunOptions withBoot(boolean on) {
        return new RunOptions(output, jobs, generatorJar, stopOnMismatch, mode, ccache, on, buildTree,
                relinkOnly,
                timeout, memoryBytes, pins, testFault, progress, linkC);
    }

    /** Relink an already built tree (its .config and objects stay; the link's outputs are deleted first). */
    public RunOptions relinking(Path tree) {
        return new RunOptions(output, jobs, generatorJar, stopOnMismatch, mode, ccache, boot, tree, true,
                timeout, memoryBytes, pins, testFault, progress, linkC);
    }

    public RunOptions withBuildTree(Path tree) {
        return new RunOptions(output, jobs, generatorJar, stopOnMismatch, mode, ccache, boot, tree,
                relinkOnly, timeout, memoryBytes, pins, testFault, progress, linkC);
    }

    public RunOptions withTimeout(Duration limit) {
        return new RunOptions(output, jobs, generatorJar, stopOnMismatch, mode, ccache, boot, buildTree,
                relinkOnly, limit, memoryBytes, pins, testFault, progress, linkC);
    }

    public RunOptions withMemoryBytes(long bytes) {
        return new RunOptions(output, jobs, generatorJar, stopOnMismatch, mode, ccache, boot, buildTree,
                relinkOnly, timeout, bytes, pins, testFault, progress, linkC);
    }

    public RunOptions withPins(Pins p) {
        return new RunOptions(output, jobs, generatorJar, stopOnMismatch, mode, ccache, boot, buildTree,
                relinkOnly, timeout, memoryBytes, p, testFault, progress, linkC);
    }

    public RunOptions withTestFault(TestFault fault) {
        return new RunOptions(output, jobs, generatorJar, stopOnMismatch, mode, ccache, boot, buildTree,
                relinkOnly, timeout, memoryBytes, pins, fault, progress, linkC);
    }

    public RunOptions withProgress(Progress p) {
        return new RunOptions(output, jobs, generatorJar, stopOnMismatch, mode, ccache, boot, buildTree,
                relinkOnly, timeout, memoryBytes, pins, testFault, p, linkC);
    }

    public RunOptions withLinkC(boolean on) {
        return new RunOptions(output, jobs, generatorJar, stopOnMismatch, mode, ccache, boot, buildTree,
                relinkOnly, timeout, memoryBytes, pins, testFault, progress, on);
    }
}
