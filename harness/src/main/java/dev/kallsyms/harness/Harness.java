package dev.kallsyms.harness;

import dev.kallsyms.harness.build.CellBuild;
import dev.kallsyms.harness.diagnosis.CellDiagnosis;
import dev.kallsyms.harness.report.Bundle;
import dev.kallsyms.harness.report.JUnitXml;
import dev.kallsyms.harness.report.MetadataJson;
import dev.kallsyms.harness.report.ReproduceScript;
import java.io.IOException;
import java.io.UncheckedIOException;
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
     * bundle.tar.xz into {@code <output>/<cell id>/}. An INFRA outcome is retried once.
     */
    public static CellResult run(Cell cell, RunOptions options) {
        Path cellDir = options.output().resolve(cell.id()).toAbsolutePath();
        createDirectories(cellDir);
        CellResult result = new CellBuild(cell, options, cellDir).run();
        if (result.verdict() == Verdict.INFRA) {
            options.progress().line(cell, "INFRA (" + String.join("; ", result.reasons()) + "): retrying once");
            result = new CellBuild(cell, options, cellDir).run().withAttempts(2);
        }
        result = writeReports(result, cellDir, options);
        options.progress().finished(result);
        return result;
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
        ReproduceScript.write(withFiles, cellDir, options.jobs(), options.linkC());
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

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
