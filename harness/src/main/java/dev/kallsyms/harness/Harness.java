package dev.kallsyms.harness;

import dev.kallsyms.debian.host.Directories;
import dev.kallsyms.harness.build.BuildLog;
import dev.kallsyms.harness.build.CellBuild;
import dev.kallsyms.harness.diagnosis.CellDiagnosis;
import dev.kallsyms.harness.report.Bundle;
import dev.kallsyms.harness.report.JUnitXml;
import dev.kallsyms.harness.report.MetadataJson;
import dev.kallsyms.harness.report.ReproduceScript;
import dev.kallsyms.harness.verdict.Stop;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** The library the CLI is a thin layer over: run one cell, or many, and write their results. */
public final class Harness {
    private Harness() {
    }

    /**
     * Builds one cell and writes metadata.json, build.log, junit.xml, reproduce.sh and (unless PASS)
     * bundle.tar.xz into {@code <output>/<cell id>/}. An INFRA outcome is retried once. Never throws: whatever
     * goes wrong becomes the cell's verdict (see {@link Stop}), so the other cells of a matrix go on.
     */
    public static CellResult run(Cell cell, RunOptions options) {
        Path cellDir = options.output().resolve(cell.id()).toAbsolutePath();
        CellResult result = attempt(cell, options, cellDir);
        if (diskFull(result)) {
            result = makeRoom(result, cellDir, options);
        } else if (result.verdict().retried()) {
            options.progress().line(cell, result.verdict() + " (" + String.join("; ", result.reasons())
                    + "): retrying once");
            result = attempt(cell, options, cellDir).afterRetry(result);
        }
        try {
            result = writeReports(result, cellDir, options);
        } catch (RuntimeException e) {
            Stop stop = Stop.of(e);
            BuildLog.appendTrace(cellDir.resolve("build.log"), e);
            result = result.stoppedAfter(stop.verdict(), "writing the cell's reports failed: " + stop.reason());
            writeMetadataIfPossible(result, cellDir);
        }
        options.progress().finished(result);
        return result;
    }

    private static CellResult attempt(Cell cell, RunOptions options, Path cellDir) {
        try {
            Files.createDirectories(cellDir);
            return new CellBuild(cell, options, cellDir).run();
        } catch (IOException | RuntimeException e) {
            Stop stop = Stop.of(e);
            BuildLog.appendTrace(cellDir.resolve("build.log"), e);
            return CellResult.stopped(cell, stop.verdict(), stop.reason());
        }
    }

    private static boolean diskFull(CellResult result) {
        return result.verdict() == Verdict.INFRA && result.reasons().stream().anyMatch(Stop::diskFull);
    }

    /**
     * A full disk: a retry would fill it again, and the cell's own build tree (an INFRA build's, evidence of
     * nothing) is what stands between the disk and the cell's record. A tree the user gave (--tree) stays.
     */
    private static CellResult makeRoom(CellResult result, Path cellDir, RunOptions options) {
        if (options.buildTree() != null) {
            return result;
        }
        Path tree = cellDir.resolve("build");
        try {
            Directories.delete(tree);
            return result.withReason("not retried on a full disk; its build tree was deleted to make room for "
                    + "this record");
        } catch (IOException e) {
            return result.withReason("not retried on a full disk; its build tree could not be deleted: "
                    + e.getMessage());
        }
    }

    /** After the reports failed: the verdict on disk matters most, and metadata.json is small. */
    private static void writeMetadataIfPossible(CellResult result, Path cellDir) {
        try {
            MetadataJson.write(result, cellDir);
        } catch (RuntimeException e) {
            // the terminal's summary still shows the verdict and its reasons
        }
    }

    /** Runs cells, {@code parallel} at a time, in the given order; results come back in that order. */
    public static List<CellResult> runAll(List<Cell> cells, RunOptions options, int parallel) {
        if (parallel <= 1) {
            return cells.stream().map(c -> run(c, options)).toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        try {
            List<Future<CellResult>> futures = new ArrayList<>();
            for (Cell c : cells) {
                futures.add(pool.submit(() -> run(c, options)));
            }
            List<CellResult> results = new ArrayList<>();
            for (Future<CellResult> f : futures) {
                results.add(f.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    static CellResult writeReports(CellResult result, Path cellDir, RunOptions options) {
        CellResult withFiles = result.withFiles(Map.of("metadata", MetadataJson.FILE, "junit", JUnitXml.FILE,
                "reproduce", ReproduceScript.FILE));
        if (withFiles.verdict().failed()) {
            withFiles = withFiles.withFiles(Map.of("bundle", Bundle.FILE));
        }
        ReproduceScript.write(withFiles, cellDir, options);
        JUnitXml.write(withFiles, cellDir);
        MetadataJson.write(withFiles, cellDir);
        if (withFiles.verdict().failed()) {
            Path tree = cellDir.resolve(withFiles.files().getOrDefault("tree", "build")).normalize();
            Bundle.write(withFiles, cellDir, tree);
        }
        if (withFiles.verdict() == Verdict.STAGE_INCONSISTENT) {
            CellDiagnosis.attach(cellDir);
        }
        return withFiles;
    }

}
