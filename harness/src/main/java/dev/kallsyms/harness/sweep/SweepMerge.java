package dev.kallsyms.harness.sweep;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Joins the sweep.json of the shards of one sweep into one report, points back in the space's order (shard
 * i of n holds the points i-1, i-1+n, ... of that order). Shards of different sweeps are refused.
 */
public final class SweepMerge {
    private SweepMerge() {
    }

    /** @param output where the merged report goes (cell directories are made relative to it) */
    public static SweepReport merge(List<Path> shardDirs, Path output) {
        if (shardDirs.isEmpty()) {
            throw new IllegalArgumentException("no shard directories to merge");
        }
        List<Indexed> all = new ArrayList<>();
        SweepReport first = null;
        for (Path dir : shardDirs) {
            SweepReport r = SweepReport.read(dir);
            if (first == null) {
                first = r;
            } else if (!first.base().equals(r.base()) || !first.space().equals(r.space())
                    || first.totalPoints() != r.totalPoints()) {
                throw new IllegalArgumentException(dir + " belongs to another sweep (" + r.base().describe() + ", "
                        + r.space() + ")");
            }
            Shard shard = Shard.parse(r.shard());
            for (int j = 0; j < r.points().size(); j++) {
                PointResult p = r.points().get(j);
                String cellDir = output.toAbsolutePath().relativize(dir.toAbsolutePath().resolve(p.cellDir()))
                        .toString();
                String bundle = p.bundle() == null ? null : output.toAbsolutePath()
                        .relativize(dir.toAbsolutePath().resolve(p.bundle())).toString();
                all.add(new Indexed(shard.index() - 1 + j * shard.count(), new PointResult(p.point(), p.settings(),
                        p.repetition(), cellDir, p.verdict(), p.converged(), p.kallsymsRuns(), p.byteEqual(),
                        p.relinkMs(), bundle, p.cause(), p.firstLink())));
            }
        }
        all.sort(Comparator.comparingInt(Indexed::index));
        Set<Integer> seen = new HashSet<>();
        for (Indexed i : all) {
            if (!seen.add(i.index())) {
                throw new IllegalArgumentException("point " + i.result().point() + " is in two shards");
            }
        }
        String started = all.isEmpty() ? first.startedAt() : shardDirs.stream().map(SweepReport::read)
                .map(SweepReport::startedAt).min(String::compareTo).orElseThrow();
        String finished = shardDirs.stream().map(SweepReport::read).map(SweepReport::finishedAt)
                .max(String::compareTo).orElseThrow();
        String shards = all.size() == first.totalPoints() ? "merged" : "merged (" + all.size() + " of "
                + first.totalPoints() + " points)";
        SweepReport merged = new SweepReport(first.kind(), first.base(), first.space(), shards, first.totalPoints(),
                started, finished, all.stream().map(Indexed::result).toList());
        merged.write(output);
        return merged;
    }

    private record Indexed(int index, PointResult result) {
    }
}
