package dev.kallsyms.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kallsyms.containers.UnavailableException;
import dev.kallsyms.debian.InfraException;
import dev.kallsyms.harness.report.Bundle;
import dev.kallsyms.harness.report.MetadataJson;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whatever goes wrong inside a cell becomes that cell's verdict, with its reports: a bug of the harness is
 * HARNESS_ERROR (not retried), the machinery INFRA (retried once), and the other cells of a matrix go on. The
 * faults are thrown from the first phase callback, before any image or container work.
 */
class HarnessFaultsTest {
    @TempDir
    Path results;

    private static final Cell OTHER = Cell.of("6.12", "gcc-14", "tinyconfig");

    /** Counts each cell's attempts (the "image" phase starts one) and throws what the cell is given. */
    private record Faulty(Map<Cell, RuntimeException> faults, Map<Cell, AtomicInteger> attempts) implements Progress {
        Faulty(Map<Cell, RuntimeException> faults) {
            this(faults, new ConcurrentHashMap<>());
        }

        @Override
        public void phase(Cell cell, String phase) {
            attempts.computeIfAbsent(cell, c -> new AtomicInteger()).incrementAndGet();
            throw faults.get(cell);
        }

        int attemptsOf(Cell cell) {
            return attempts.get(cell).get();
        }
    }

    private RunOptions options(Progress progress) {
        return RunOptions.defaults(results, null).withProgress(progress);
    }

    @Test
    void aBugOfTheHarnessIsHarnessErrorNotRetriedWithItsTraceInTheLogAndABundle() throws Exception {
        Faulty bug = new Faulty(Map.of(Samples.CELL, new NullPointerException("a bug")));
        CellResult r = Harness.run(Samples.CELL, options(bug));
        assertEquals(Verdict.HARNESS_ERROR, r.verdict(), r.reasons().toString());
        assertEquals(1, r.attempts());
        assertEquals(1, bug.attemptsOf(Samples.CELL), "not retried");
        assertEquals(List.of("HARNESS_ERROR: java.lang.NullPointerException: a bug"), r.reasons());
        Path cellDir = results.resolve(Samples.CELL.id());
        assertEquals(Verdict.HARNESS_ERROR, MetadataJson.read(cellDir).verdict());
        assertTrue(Files.readString(cellDir.resolve("build.log")).contains("at dev.kallsyms.harness"),
                "the stack trace is in the log");
        assertTrue(Files.readString(cellDir.resolve("junit.xml")).contains("type=\"HARNESS_ERROR\""));
        assertTrue(Files.isRegularFile(cellDir.resolve(Bundle.FILE)), "bundle kept");
    }

    @Test
    void theMachineryFailingIsInfraAndRetriedOnce() {
        Faulty engine = new Faulty(Map.of(Samples.CELL, new InfraException("the engine went away")));
        CellResult r = Harness.run(Samples.CELL, options(engine));
        assertEquals(Verdict.INFRA, r.verdict());
        assertEquals(2, r.attempts());
        assertEquals(2, engine.attemptsOf(Samples.CELL));
        assertEquals(List.of("INFRA: the engine went away", "first attempt: INFRA: the engine went away"),
                r.reasons(), "why the first attempt failed is kept");
        assertTrue(Files.isRegularFile(results.resolve(Samples.CELL.id()).resolve(Bundle.FILE)));
    }

    @Test
    void aFullDiskIsInfraNotRetriedAndItsBuildTreeMakesRoomForTheRecord() throws Exception {
        RuntimeException full = new UncheckedIOException(new FileSystemException(
                results.resolve("x/build.log").toString(), null, "No space left on device"));
        Path tree = Files.createDirectories(results.resolve(Samples.CELL.id()).resolve("build/arch/arm"));
        Files.write(tree.resolve("big.o"), new byte[4096]);
        Faulty faults = new Faulty(Map.of(Samples.CELL, full));
        CellResult r = Harness.run(Samples.CELL, options(faults));
        assertEquals(Verdict.INFRA, r.verdict());
        assertTrue(r.reasons().get(0).contains("the disk is full"), r.reasons().toString());
        assertEquals(1, faults.attemptsOf(Samples.CELL), "a retry would only fill the disk again");
        assertTrue(r.reasons().contains("not retried on a full disk; its build tree was deleted to make room for "
                + "this record"), r.reasons().toString());
        assertTrue(Files.notExists(results.resolve(Samples.CELL.id()).resolve("build")));
        assertTrue(Files.isRegularFile(results.resolve(Samples.CELL.id()).resolve("metadata.json")));
    }

    @Test
    void aGeneratorJarOtherThanThePinnedOneIsUnavailableBeforeAnyWork() throws Exception {
        Path jar = Files.write(results.resolve("kallsyms.jar"), new byte[] {1, 2, 3});
        Pins pinned = new Pins(null, null, null, "00".repeat(32));
        UnavailableException e = assertThrows(UnavailableException.class, () -> pinned.require(Samples.CELL, jar));
        assertTrue(e.getMessage().contains("has SHA-256 039058c6"), e.getMessage());
        assertThrows(UnavailableException.class, () -> pinned.require(Samples.CELL, results.resolve("gone.jar")));
        Pins.NONE.require(Samples.CELL, results.resolve("gone.jar"));
    }

    @Test
    void noCellOfAMatrixIsLostWhenAnotherOneFails() {
        Faulty faults = new Faulty(Map.of(Samples.CELL, new IllegalStateException("a bug"),
                OTHER, new InfraException("out of memory")));
        for (int parallel : new int[] {1, 2}) {
            List<CellResult> all = Harness.runAll(List.of(Samples.CELL, OTHER),
                    options(faults).withOutput(results.resolve("p" + parallel)), parallel);
            Function<Integer, Verdict> verdict = i -> all.get(i).verdict();
            assertEquals(List.of(Verdict.HARNESS_ERROR, Verdict.INFRA), List.of(verdict.apply(0), verdict.apply(1)));
            for (Cell c : List.of(Samples.CELL, OTHER)) {
                assertTrue(Files.isRegularFile(results.resolve("p" + parallel).resolve(c.id()).resolve("metadata.json")),
                        c.id());
            }
        }
    }
}
