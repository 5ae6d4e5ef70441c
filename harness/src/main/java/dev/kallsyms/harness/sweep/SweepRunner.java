package dev.kallsyms.harness.sweep;

import dev.kallsyms.containers.Toolchains;
import dev.kallsyms.debian.host.Directories;
import dev.kallsyms.harness.Cell;
import dev.kallsyms.harness.CellResult;
import dev.kallsyms.harness.Harness;
import dev.kallsyms.harness.RunOptions;
import dev.kallsyms.harness.StageReport;
import dev.kallsyms.harness.Verdict;
import dev.kallsyms.harness.diagnosis.CellDiagnosis;
import dev.kallsyms.harness.diagnosis.Diagnosis;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs sweep points: every point relinks one copy of an already built tree (objects kept, link outputs
 * deleted) with its perturbations, through {@link Harness#run}, so each point gets the full checks, a bundle
 * when it is not PASS, and a diagnosis when its link did not converge.
 * Layout: {@code <output>/tree} (the copy), {@code <output>/points/<cell id>/}, {@code <output>/sweep.json}.
 */
public final class SweepRunner {
    public static final String TREE = "tree";
    public static final String POINTS = "points";

    private final Cell base;
    private final RunOptions options;
    private final Path output;
    private final Consumer<String> log;
    private Path tree;

    public SweepRunner(Cell base, RunOptions options, Path output, Consumer<String> log) {
        this.base = base;
        this.options = options;
        this.output = output.toAbsolutePath();
        this.log = log;
    }

    /**
     * Copies the built tree (never relinked in place), or builds the base cell first when none is given.
     * An existing copy from an earlier run of this output is reused.
     */
    public Path prepare(Path builtTree) {
        tree = output.resolve(TREE);
        if (Files.isDirectory(tree)) {
            log.accept("reusing the tree copy " + tree);
            return tree;
        }
        Path source = builtTree != null ? builtTree : buildBase();
        log.accept("copying " + source + " to " + tree);
        TreeCopy.copy(source, tree);
        return tree;
    }

    private Path buildBase() {
        log.accept("no built tree given: building " + base.describe() + " first");
        CellResult r = Harness.run(base, options.withOutput(output.resolve("base")));
        if (java.util.EnumSet.of(Verdict.HARNESS_ERROR, Verdict.INFRA, Verdict.TIMED_OUT, Verdict.BUILD_FAILED)
                .contains(r.verdict())) {
            throw new IllegalStateException("the base cell did not build (" + r.verdict() + ": "
                    + String.join("; ", r.reasons()) + ")");
        }
        return output.resolve("base").resolve(base.id()).resolve(r.files().getOrDefault("tree", "build"))
                .normalize();
    }

    public SweepReport sweep(SweepSpace space, Shard shard) {
        List<SweepPoint> all = space.points();
        String started = Instant.now().toString();
        List<PointResult> results = new ArrayList<>();
        for (SweepPoint p : shard.select(all)) {
            results.add(run(p, 0, output.resolve(POINTS)));
            new SweepReport("sweep", base, space.describe(), shard.toString(), all.size(), started,
                    Instant.now().toString(), results).write(output);
        }
        return new SweepReport("sweep", base, space.describe(), shard.toString(), all.size(), started,
                Instant.now().toString(), results);
    }

    /** The same point relinked {@code times} times, each into its own results directory (rep-N). */
    public SweepReport repeat(SweepPoint point, int times) {
        String started = Instant.now().toString();
        List<PointResult> results = new ArrayList<>();
        for (int k = 1; k <= times; k++) {
            results.add(run(point, k, output.resolve(POINTS).resolve("rep-" + k)));
            new SweepReport("repeat", base, point.id() + " x" + times, "1/1", times, started,
                    Instant.now().toString(), results).write(output);
        }
        return new SweepReport("repeat", base, point.id() + " x" + times, "1/1", times, started,
                Instant.now().toString(), results);
    }

    /** Relinks the tree with one point's perturbations and judges it. */
    public PointResult run(SweepPoint point, int repetition, Path resultsRoot) {
        if (tree == null) {
            throw new IllegalStateException("prepare() first");
        }
        String script = point.needsScript()
                ? LinkerScriptCopy.write(tree, arch(), point.padding(), point.emptyPercpu()) : null;
        Cell cell = point.apply(base, script);
        log.accept("point " + point.id() + (repetition > 0 ? " #" + repetition : "") + ": relinking");
        CellResult r = Harness.run(cell, options.relinking(tree).withOutput(resultsRoot));
        Path cellDir = resultsRoot.resolve(cell.id());
        Diagnosis d = diagnoseIfNeeded(r, cellDir);
        PointResult result = PointResult.of(point, repetition, output.relativize(cellDir).toString(), r, d);
        log.accept("point " + point.id() + ": " + result.verdict() + (result.converged() ? "" : ", did not converge")
                + ", " + result.kallsymsRuns() + " kallsyms run(s)" + (d == null ? "" : "; " + d.explanation()
                .firstLink()));
        return result;
    }

    /** A link that did not converge is diagnosed at once: the next point relinks the same tree. */
    private Diagnosis diagnoseIfNeeded(CellResult r, Path cellDir) {
        StageReport stage = r.stage();
        boolean diverged = r.verdict() == Verdict.STAGE_INCONSISTENT
                || stage != null && stage.kernelVerdict() == StageReport.KernelVerdict.INCONSISTENT;
        if (!diverged) {
            return null;
        }
        try {
            return CellDiagnosis.write(cellDir);
        } catch (RuntimeException e) {
            log.accept("diagnosis failed: " + e.getMessage());
            return null;
        }
    }

    private String arch() {
        return Toolchains.load(base.toolchain()).makeVarMap().getOrDefault("ARCH", "arm");
    }

    public Path output() {
        return output;
    }

    /** The copy is the sweep's own; it can go when the sweep is done. */
    public void deleteTree() {
        if (tree == null || !Files.isDirectory(tree)) {
            return;
        }
        try {
            Directories.delete(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
