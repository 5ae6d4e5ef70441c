package dev.kallsyms.harness;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;

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
        return edit(b -> b.jobs = n);
    }

    public RunOptions withOutput(Path dir) {
        return edit(b -> b.output = dir);
    }

    public RunOptions withStopOnMismatch(boolean stop) {
        return edit(b -> b.stopOnMismatch = stop);
    }

    public RunOptions withInterpose(boolean on) {
        return withMode(on ? LinkMode.INTERPOSED : LinkMode.PLAIN);
    }

    public RunOptions withMode(LinkMode m) {
        return edit(b -> b.mode = m);
    }

    /** True when the build's kallsyms passes run the harness's wrapper (C and Java side by side). */
    public boolean interpose() {
        return mode == LinkMode.INTERPOSED;
    }

    public RunOptions withCcache(boolean on) {
        return edit(b -> b.ccache = on);
    }

    public RunOptions withBoot(boolean on) {
        return edit(b -> b.boot = on);
    }

    /** Relink an already built tree (its .config and objects stay; the link's outputs are deleted first). */
    public RunOptions relinking(Path tree) {
        return edit(b -> {
            b.buildTree = tree;
            b.relinkOnly = true;
        });
    }

    public RunOptions withBuildTree(Path tree) {
        return edit(b -> b.buildTree = tree);
    }

    public RunOptions withTimeout(Duration limit) {
        return edit(b -> b.timeout = limit);
    }

    public RunOptions withMemoryBytes(long bytes) {
        return edit(b -> b.memoryBytes = bytes);
    }

    public RunOptions withPins(Pins p) {
        return edit(b -> b.pins = p);
    }

    public RunOptions withTestFault(TestFault fault) {
        return edit(b -> b.testFault = fault);
    }

    public RunOptions withProgress(Progress p) {
        return edit(b -> b.progress = p);
    }

    public RunOptions withLinkC(boolean on) {
        return edit(b -> b.linkC = on);
    }

    /** A copy with some components changed: each wither names only what it changes. */
    private RunOptions edit(Consumer<Copy> change) {
        Copy c = new Copy(this);
        change.accept(c);
        return c.build();
    }

    /** The components, mutable for one {@link #edit}; the only place that lists them all again. */
    private static final class Copy {
        Path output;
        int jobs;
        Path generatorJar;
        boolean stopOnMismatch;
        LinkMode mode;
        boolean ccache;
        boolean boot;
        Path buildTree;
        boolean relinkOnly;
        Duration timeout;
        long memoryBytes;
        Pins pins;
        TestFault testFault;
        Progress progress;
        boolean linkC;

        Copy(RunOptions o) {
            output = o.output;
            jobs = o.jobs;
            generatorJar = o.generatorJar;
            stopOnMismatch = o.stopOnMismatch;
            mode = o.mode;
            ccache = o.ccache;
            boot = o.boot;
            buildTree = o.buildTree;
            relinkOnly = o.relinkOnly;
            timeout = o.timeout;
            memoryBytes = o.memoryBytes;
            pins = o.pins;
            testFault = o.testFault;
            progress = o.progress;
            linkC = o.linkC;
        }

        RunOptions build() {
            return new RunOptions(output, jobs, generatorJar, stopOnMismatch, mode, ccache, boot, buildTree,
                    relinkOnly, timeout, memoryBytes, pins, testFault, progress, linkC);
        }
    }
}
