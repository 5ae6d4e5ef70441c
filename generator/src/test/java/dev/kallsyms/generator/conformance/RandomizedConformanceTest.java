package dev.kallsyms.generator.conformance;

import static org.junit.jupiter.api.Assertions.fail;

import dev.kallsyms.reference.Comparison;
import dev.kallsyms.reference.ReferenceKallsyms;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded random maps, Java versus C, for each generation. Properties:
 * {@code kallsyms.seeds} (how many, default 2000), {@code kallsyms.firstSeed} (default 1),
 * {@code kallsyms.seed} (replay exactly one seed), {@code kallsyms.generation} (only that generation).
 */
class RandomizedConformanceTest {
    private static final int SHOWN_FAILURES = 3;
    private static final int THREADS = 2;
    /** Seeds per shell script of C runs. */
    private static final int BATCH = 100;

    static List<String> generations() {
        String only = System.getProperty("kallsyms.generation");
        return only != null ? List.of(only)
                : GenerationSetup.all().stream().map(GenerationSetup::generation).toList();
    }

    @ParameterizedTest(name = "generation {0}")
    @MethodSource("generations")
    void randomMapsGiveTheSameOutput(String generation, @TempDir Path dir) throws Exception {
        GenerationSetup setup = GenerationSetup.of(generation);
        ReferenceKallsyms ref = ReferenceKallsyms.forGeneration(generation);
        long[] seeds = seeds();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        AtomicInteger crashedC = new AtomicInteger();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int from = 0; from < seeds.length; from += BATCH) {
                long[] batch = Arrays.copyOfRange(seeds, from, Math.min(seeds.length, from + BATCH));
                runs.add(pool.submit(() -> {
                    for (Comparison c : compareBatch(setup, ref, batch, dir)) {
                        if (CrashedReference.in(c)) {
                            crashedC.incrementAndGet();
                        } else if (!c.identical()) {
                            failures.add(c.report());
                        }
                    }
                }));
            }
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.printf("randomized: generation %s against %s %s: %d seeds from %d, %d mismatches, "
                        + "%d skipped (C crashed), %.1f s%n", generation, ref.provenance().packageName(),
                ref.packageVersion(), seeds.length, seeds[0], failures.size(), crashedC.get(),
                (System.nanoTime() - start) / 1e9);
        if (!failures.isEmpty()) {
            fail(failures.size() + " of " + seeds.length + " seeds differ; the first ones:\n"
                    + String.join("\n", failures.stream().limit(SHOWN_FAILURES).toList()));
        }
    }

    /** The C runs of a batch from one shell, the Java runs in this JVM; the maps are deleted after. */
    private static List<Comparison> compareBatch(GenerationSetup setup, ReferenceKallsyms ref, long[] seeds,
            Path dir) {
        List<Path> maps = new ArrayList<>();
        List<ReferenceKallsyms.Job> jobs = new ArrayList<>();
        try {
            for (long seed : seeds) {
                Path map = dir.resolve("seed-" + seed + ".map");
                Files.write(map, RandomMap.build(seed));
                maps.add(map);
                jobs.add(new ReferenceKallsyms.Job(setup.arguments(RandomMap.options(setup, seed), map),
                        setup.readsStdin() ? map : null));
            }
            List<ReferenceKallsyms.Result> c = ref.runAll(jobs, dir);
            List<Comparison> comparisons = new ArrayList<>();
            for (int i = 0; i < seeds.length; i++) {
                List<String> options = RandomMap.options(setup, seeds[i]);
                ReferenceKallsyms.Result java = TwoPrograms.runJava(setup, jobs.get(i).args(), maps.get(i), ref.binary());
                comparisons.add(Comparison.of(TwoPrograms.subject(setup, options, "random map of seed " + seeds[i]
                        + "\n" + replay(setup.generation(), seeds[i])), c.get(i), java));
            }
            return comparisons;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            maps.forEach(m -> m.toFile().delete());
        }
    }

    private static String replay(String generation, long seed) {
        return "replay: mvn -pl generator test -Dtest=RandomizedConformanceTest -Dkallsyms.generation=" + generation
                + " -Dkallsyms.seed=" + seed + "\n";
    }

    private static long[] seeds() {
        String one = System.getProperty("kallsyms.seed");
        if (one != null) {
            return new long[] {Long.parseLong(one)};
        }
        long first = Long.getLong("kallsyms.firstSeed", 1);
        return LongStream.range(first, first + Long.getLong("kallsyms.seeds", 2000)).toArray();
    }
}
