package dev.kallsyms.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kallsyms.harness.StageReport.KernelVerdict;
import dev.kallsyms.harness.diagnosis.Diagnosis;
import dev.kallsyms.harness.report.Bundle;
import dev.kallsyms.harness.report.MetadataJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A real ARM kernel (6.1, gcc-12, tinyconfig + EXPERT + KALLSYMS) built once in a container with the Java
 * generator interposed, then linked again from the same tree with deliberately wrong wrappers to prove each
 * check can fail. Results stay in target/it-results for inspection.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KernelBuildIT {
    static final Cell CELL = new Cell("6.1", "gcc-12", "tinyconfig",
            List.of("CONFIG_EXPERT=y", "CONFIG_KALLSYMS=y"), List.of());
    static final Path RESULTS = Path.of("target/it-results").toAbsolutePath();
    static final Path JAR = Path.of("../generator/target/kallsyms.jar").toAbsolutePath();

    static RunOptions options;
    static CellResult built;

    @BeforeAll
    static void options() {
        assertTrue(Files.isRegularFile(JAR), "build the generator first: " + JAR);
        options = RunOptions.defaults(RESULTS.resolve("build"), JAR).withJobs(2).withProgress(new Progress() {
            @Override
            public void phase(Cell cell, String phase) {
                System.out.println("[KernelBuildIT] " + cell.describe() + ": " + phase);
            }
        });
    }

    private static Path tree() {
        assumeTrue(built != null && built.stage() != null, "needs the tree of the first build");
        return RESULTS.resolve("build").resolve(CELL.id()).resolve("build");
    }

    private static CellResult relink(String name, RunOptions relinkOptions) {
        long start = System.nanoTime();
        CellResult r = Harness.run(CELL, relinkOptions.withOutput(RESULTS.resolve(name)).relinking(tree()));
        System.out.printf("[KernelBuildIT] %s: %s in %.1f s (vmlinux phase %d ms)%n", name, r.verdict(),
                (System.nanoTime() - start) / 1e9, r.phasesMs().getOrDefault("vmlinux", -1L));
        return r;
    }

    @Test
    @Order(1)
    void realBuildWithTheJavaGeneratorInEveryPassIsPass() {
        built = Harness.run(CELL, options);
        System.out.println("[KernelBuildIT] first build: " + built.verdict() + " " + built.reasons() + " phases "
                + built.phasesMs());
        assertEquals(Verdict.PASS, built.verdict(), built.reasons().toString());
        assertTrue(built.passes().size() >= 2, "6.1 runs kallsyms at least twice");
        for (PassRecord p : built.passes()) {
            assertTrue(p.byteEqual(), "pass " + p.pass() + " byte-equal");
            assertEquals(p.c().output().sha256(), p.java().output().sha256());
            assertTrue(p.inputMap().lines() > 1000, "a real map");
        }
        assertEquals(List.of(1, 2), built.passes().stream().map(PassRecord::pass).toList().subList(0, 2));
        StageReport stage = built.stage();
        assertEquals(KernelVerdict.CLEAN, stage.kernelVerdict());
        assertTrue(stage.finalMatchesLastPass(), String.valueOf(stage.lastPassToFinal()));
        assertEquals(built.passes().size() + 1, stage.linkPasses());
        assertTrue(stage.finalLink().kallsymsObjects().containsKey("kallsyms_names"));
        assertTrue(built.config().kallsyms().contains("CONFIG_KALLSYMS=y"));
        Path cellDir = RESULTS.resolve("build").resolve(CELL.id());
        assertEquals(built, MetadataJson.read(cellDir));
        assertTrue(Files.isRegularFile(cellDir.resolve("junit.xml")));
        assertTrue(Files.isRegularFile(cellDir.resolve("reproduce.sh")));
        assertFalse(Files.exists(cellDir.resolve(Bundle.FILE)), "no bundle for PASS");
        ReadbackReport readback = built.readback();
        assertNotNull(readback, "every PASS cell is read back");
        assertTrue(readback.ok(), readback.summary());
        assertTrue(readback.entriesCompared() > 1000, readback.summary());
        assertEquals(readback.entriesExpected(), readback.entriesCompared());
        System.out.printf("[KernelBuildIT] read-back: %d entries compared, decode %.1f ms, compare %.1f ms%n",
                readback.entriesCompared(), readback.decodeMs(), readback.compareMs());
    }

    @Test
    @Order(2)
    void theReadBackCatchesTablesThatAreNotWhatTheMapSays() throws Exception {
        Path vmlinux = tree().resolve("vmlinux");
        Path cellDir = RESULTS.resolve("build").resolve(CELL.id());
        PassRecord last = built.passes().get(built.passes().size() - 1);
        // the same vmlinux against its map with one kept symbol renamed: the read-back must name that entry
        List<String> lines = Files.readAllLines(cellDir.resolve(last.inputMap().file()));
        int at = indexOf(lines, " T start_kernel");
        lines.set(at, lines.get(at).replace("start_kernel", "start_kernel_renamed"));
        Path map = Files.write(RESULTS.resolve("renamed.map"), lines);
        ReadbackReport r = dev.kallsyms.harness.stage.ReadbackCheck.check(vmlinux, "vmlinux", map,
                "renamed.map", last.arguments(), CELL.kernel());
        assertFalse(r.ok());
        assertNotNull(r.firstMismatch(), r.summary());
        assertTrue(r.firstMismatch().contains("start_kernel_renamed"), r.summary());
    }

    private static int indexOf(List<String> lines, String suffix) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).endsWith(suffix)) {
                return i;
            }
        }
        throw new AssertionError("no line ending in '" + suffix + "'");
    }

    @Test
    @Order(3)
    void aGeneratorThatAltersOneByteIsGeneratorMismatch() {
        CellResult r = relink("wrong-generator", options.withTestFault(new TestFault(TestFault.Kind.CORRUPT_JAVA, 1)));
        assertEquals(Verdict.GENERATOR_MISMATCH, r.verdict(), r.reasons().toString());
        PassRecord second = r.passes().get(1);
        assertFalse(second.byteEqual());
        assertEquals("corrupt-java", second.fault());
        assertEquals(second.c().output().bytes(), second.java().output().bytes());
        assertTrue(r.passes().get(0).byteEqual());
        assertTrue(r.reasons().get(0).startsWith("pass 2"), r.reasons().toString());
        assertTrue(Files.isRegularFile(RESULTS.resolve("wrong-generator").resolve(CELL.id()).resolve(Bundle.FILE)));
    }

    @Test
    @Order(4)
    void passesThatSeeDifferentSymbolsAreStageInconsistentWithTheKernelsOwnError() {
        // an extra symbol in pass 2's map only: its table is larger than pass 1's, so the link runs a third
        // pass, whose honest (smaller) table moves everything after it in the final link
        CellResult r = relink("passes-differ", options.withTestFault(new TestFault(TestFault.Kind.EXTRA_SYMBOL, 1)));
        assertEquals(Verdict.STAGE_INCONSISTENT, r.verdict(), r.reasons().toString());
        assertTrue(r.passes().stream().allMatch(PassRecord::byteEqual), "both generators agree in every pass");
        assertEquals(3, r.passes().size(), "the size change forced a third pass");
        StageReport stage = r.stage();
        assertEquals(KernelVerdict.INCONSISTENT, stage.kernelVerdict());
        assertNotNull(stage.kernelMessage());
        assertTrue(stage.kernelMessage().contains("Inconsistent kallsyms data"), stage.kernelMessage());
        StageReport.PassStage p2 = stage.passes().get(1);
        StageReport.PassStage p3 = stage.passes().get(2);
        assertTrue(p3.kallsymsObjects().get("kallsyms_names") > p2.kallsymsObjects().get("kallsyms_names"),
                "pass 3's ELF holds pass 2's larger table");
        Path diagnosis = RESULTS.resolve("passes-differ").resolve(CELL.id()).resolve(Diagnosis.TEXT_FILE);
        assertTrue(Files.isRegularFile(diagnosis), "a non-converging cell is diagnosed at once");
        assertTrue(read(diagnosis).contains("kallsyms_names"), "the diagnosis names the table that grew");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    @Order(5)
    void relinkCostWithAndWithoutTheHarness() {
        CellResult plain = relink("relink-plain", options.withInterpose(false));
        assertEquals(KernelVerdict.CLEAN, plain.stage().kernelVerdict());
        assertTrue(plain.passes().isEmpty());
        CellResult interposed = relink("relink-interposed", options);
        assertEquals(Verdict.PASS, interposed.verdict(), interposed.reasons().toString());
        double java = interposed.passes().stream().mapToDouble(p -> p.java().durationMs()).sum();
        double c = interposed.passes().stream().mapToDouble(p -> p.c().durationMs()).sum();
        System.out.printf("[KernelBuildIT] relink: plain %d ms, interposed %d ms (C kallsyms %.0f ms, Java %.0f ms"
                        + " over %d passes; ELF checks %.0f ms)%n", plain.phasesMs().get("vmlinux"),
                interposed.phasesMs().get("vmlinux"), c, java, interposed.passes().size(),
                interposed.stage().elfReadMs());
    }

    @Test
    @Order(6)
    void aMakeThatRunsPastItsTimeLimitIsTimedOutNotRetriedAndKeepsItsBundle() throws Exception {
        // 1 s: on an idle machine a whole relink took 3.6 s (kbuild's own start is over a second)
        CellResult r = relink("time-out", options.withTimeout(java.time.Duration.ofSeconds(1)));
        assertEquals(Verdict.TIMED_OUT, r.verdict(), r.reasons().toString());
        assertEquals(1, r.attempts(), "a time-out is not retried");
        assertTrue(r.reasons().get(0).startsWith("make vmlinux ran past its time limit"), r.reasons().toString());
        Path cellDir = RESULTS.resolve("time-out").resolve(CELL.id());
        assertTrue(Files.isRegularFile(cellDir.resolve(Bundle.FILE)), "bundle kept");
        assertEquals(Verdict.TIMED_OUT, MetadataJson.read(cellDir).verdict());
        assertTrue(read(cellDir.resolve("junit.xml")).contains("type=\"TIMED_OUT\""));
    }

    @Test
    @Order(7)
    void aBuildContainerOutOfMemoryIsInfraRetriedOnceAndKeepsItsBundle() {
        CellResult r = relink("out-of-memory", options.withMemoryBytes(MEMORY_TOO_SMALL));
        assertEquals(Verdict.INFRA, r.verdict(), r.reasons().toString());
        assertEquals(2, r.attempts(), "INFRA is retried once");
        assertTrue(r.reasons().get(0).contains("out of memory") || r.reasons().get(0).contains("ran out of memory"),
                r.reasons().toString());
        assertTrue(Files.isRegularFile(RESULTS.resolve("out-of-memory").resolve(CELL.id()).resolve(Bundle.FILE)));
    }

    /**
     * Too little for kbuild's make, the link and the generator's JVM (measured: the generator's JVM alone was
     * OOM-killed at 16 MiB on a 9,000-line map and survived at 24 MiB), enough for the container's own shell.
     */
    static final long MEMORY_TOO_SMALL = 12L << 20;
}
