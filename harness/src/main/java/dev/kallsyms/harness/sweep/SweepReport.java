package dev.kallsyms.harness.sweep;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.kallsyms.cli.BadInputException;
import dev.kallsyms.harness.Cell;
import dev.kallsyms.harness.report.MetadataJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * sweep.json: the base cell, the space, which shard, and every point's result.
 *
 * @param kind        sweep, repeat or minimise
 * @param space       the space as text ({@link SweepSpace#describe})
 * @param shard       "i/n", or "merged"
 * @param totalPoints points in the whole space (all shards)
 */
public record SweepReport(String kind, Cell base, String space, String shard, int totalPoints, String startedAt,
                          String finishedAt, List<PointResult> points) {
    public static final String FILE = "sweep.json";
    private static final ObjectMapper MAPPER = MetadataJson.mapper();

    public SweepReport {
        points = List.copyOf(points);
    }

    public long failures() {
        return points.stream().filter(PointResult::failed).count();
    }

    public long notConverged() {
        return points.stream().filter(p -> !p.converged()).count();
    }

    public void write(Path dir) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(FILE), MAPPER.writeValueAsString(this) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @throws BadInputException when the file is missing, not JSON, or not a sweep report */
    public static SweepReport read(Path dir) {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(dir + " has no " + FILE + " (not the output directory of a sweep)");
        }
        String notOne = file + " is not a sweep report (no base cell, shard or points in it)";
        SweepReport report;
        try {
            report = MAPPER.readValue(Files.readString(file), SweepReport.class);
        } catch (ValueInstantiationException e) {
            throw new BadInputException(notOne, e);
        } catch (JsonProcessingException e) {
            throw new BadInputException(file + " is not a sweep report (" + e.getOriginalMessage() + ")", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        if (report == null || report.base() == null || report.shard() == null || report.points() == null) {
            throw new BadInputException(notOne);
        }
        return report;
    }

    /** A table for the terminal. */
    public String render() {
        StringBuilder out = new StringBuilder(String.format("%s of %s, %s, shard %s: %d point(s), %d not PASS, "
                + "%d not converged%n", kind, base.describe(), space, shard, points.size(), failures(), notConverged()));
        out.append(String.format("  %-36s %-4s %-18s %-9s %-6s %-5s %8s  %s%n", "point", "rep", "verdict", "converged",
                "passes", "equal", "relink s", "cause"));
        for (PointResult p : points) {
            out.append(String.format("  %-36s %-4d %-18s %-9s %-6d %-5s %8.1f  %s%n", p.point(), p.repetition(),
                    p.verdict(), p.converged(), p.kallsymsRuns(), p.byteEqual(), p.relinkMs() / 1000.0,
                    p.cause() == null ? "" : p.cause()));
        }
        return out.toString();
    }
}
