package dev.kallsyms.harness.summary;

import dev.kallsyms.cli.BadInputException;
import dev.kallsyms.debian.DebianVersion;
import dev.kallsyms.harness.Cell;
import dev.kallsyms.harness.CellResult;
import dev.kallsyms.harness.sweep.Gate;
import dev.kallsyms.harness.sweep.PointResult;
import dev.kallsyms.harness.sweep.SweepReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The report of a run, written at its results root: summary.json, index.html (the matrix as a grid, or a
 * sweep's points as a chart) and one page per cell under cells/. Everything is plain files with inline CSS and
 * SVG: it opens from disk, in any browser, with no network.
 */
public final class RunReport {
    public static final String INDEX = "index.html";
    static final String PAGES = "cells";

    private RunReport() {
    }

    /** Reads every cell under the root (a matrix root, or a sweep/repeat root with sweep.json) and writes. */
    public static RunSummary write(Path root) {
        Path dir = root.toAbsolutePath().normalize();
        SweepReport sweep = Files.isRegularFile(dir.resolve(SweepReport.FILE)) ? SweepReport.read(dir) : null;
        List<FoundCell> cells = find(dir, sweep);
        List<SkippedCell> skipped = SkippedCell.read(dir);
        if (cells.isEmpty() && sweep == null && skipped.isEmpty()) {
            throw new BadInputException(root + " holds no cell results (no metadata.json, no sweep.json)");
        }
        RunSummary summary = summary(cells, sweep, skipped);
        try {
            clearPages(dir.resolve(PAGES));
            for (FoundCell c : cells) {
                Files.writeString(dir.resolve(c.page()), CellPage.render(c));
            }
            summary.write(dir);
            Files.writeString(dir.resolve(INDEX), IndexPage.render(summary));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report in " + dir, e);
        }
        return summary;
    }

    private static RunSummary summary(List<FoundCell> cells, SweepReport sweep, List<SkippedCell> skipped) {
        Map<String, Integer> verdicts = new LinkedHashMap<>();
        cells.forEach(c -> verdicts.merge(c.result().verdict().name(), 1, Integer::sum));
        String kind = sweep == null ? "matrix" : sweep.kind();
        RunSummary.Rate rate = "repeat".equals(kind) ? new RunSummary.Rate(sweep.failures(), sweep.points().size())
                : null;
        return new RunSummary(RunSummary.SCHEMA, kind, Instant.now().toString(), verdicts,
                cells.stream().map(FoundCell::summary).toList(), sweep, rate, skipped);
    }

    /** A sweep's cells in its points' order; a matrix's sorted by kernel version, toolchain, defconfig. */
    private static List<FoundCell> find(Path root, SweepReport sweep) {
        List<Path> dirs = new ArrayList<>();
        if (sweep != null) {
            for (PointResult p : sweep.points()) {
                Path cell = root.resolve(p.cellDir()).normalize();
                if (Files.isRegularFile(cell.resolve("metadata.json"))) {
                    dirs.add(cell);
                }
            }
        } else {
            dirs.addAll(Gate.cellDirs(List.of(root)));
        }
        Set<String> pages = new HashSet<>();
        List<FoundCell> found = new ArrayList<>();
        for (Path d : dirs) {
            String id = d.getFileName().toString();
            String page = PAGES + "/" + id + ".html";
            for (int n = 2; !pages.add(page); n++) {
                page = PAGES + "/" + id + "-" + n + ".html";
            }
            found.add(FoundCell.read(root, d, page));
        }
        if (sweep == null) {
            found.sort(Comparator.comparing((FoundCell c) -> c.result(), ORDER));
        }
        return found;
    }

    static final Comparator<Cell> CELL_ORDER = Comparator
            .comparing(Cell::kernel, DebianVersion.ORDER)
            .thenComparing(Cell::toolchain)
            .thenComparing(Cell::defconfig)
            .thenComparing(Cell::id);
    static final Comparator<CellResult> ORDER = Comparator.comparing(CellResult::cell, CELL_ORDER);

    private static void clearPages(Path pages) throws IOException {
        Files.createDirectories(pages);
        try (Stream<Path> old = Files.list(pages)) {
            for (Path p : old.filter(p -> p.toString().endsWith(".html")).toList()) {
                Files.delete(p);
            }
        }
    }
}
