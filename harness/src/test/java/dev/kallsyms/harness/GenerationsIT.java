package dev.kallsyms.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kallsyms.harness.StageReport.KernelVerdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One small real cell of every kernel generation besides 6.1 (KernelBuildIT's), each with its own suite's
 * compiler: tinyconfig + EXPERT + KALLSYMS. 5.10 (the map piped from nm) and the newest generation run as the
 * README's drop-in, which this checks instead of a reader following the recipe by hand; 6.12 runs interposed.
 */
class GenerationsIT {
    static final Path RESULTS = Path.of("target/it-results/generations").toAbsolutePath();
    static final Path JAR = Path.of("../generator/target/kallsyms.jar").toAbsolutePath();

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource({"5.10, gcc-10, DROP_IN", "7.2, gcc-sid, DROP_IN", "6.12, gcc-14, INTERPOSED"})
    void tinyconfigPassesWithEveryPassByteEqual(String kernel, String toolchain, LinkMode mode) {
        assertTrue(Files.isRegularFile(JAR), "build the generator first: " + JAR);
        Cell cell = new Cell(kernel, toolchain, "tinyconfig", List.of("CONFIG_EXPERT=y", "CONFIG_KALLSYMS=y"),
                List.of());
        long start = System.nanoTime();
        CellResult r = Harness.run(cell, RunOptions.defaults(RESULTS.resolve(mode.word()), JAR).withJobs(2)
                .withMode(mode).withProgress(new Progress() {
                    @Override
                    public void phase(Cell c, String phase) {
                        System.out.println("[GenerationsIT] " + c.describe() + " " + mode.word() + ": " + phase);
                    }
                }));
        System.out.printf("[GenerationsIT] %s %s: %s in %.0f s, phases %s%n", cell.describe(), mode.word(),
                r.verdict(), (System.nanoTime() - start) / 1e9, r.phasesMs());
        assertEquals(Verdict.PASS, r.verdict(), r.reasons().toString());
        assertEquals(mode.word(), r.generator().mode());
        assertTrue(r.passes().size() >= 2, "at least two kallsyms passes: " + r.passes().size());
        for (PassRecord p : r.passes()) {
            assertTrue(p.byteEqual(), "pass " + p.pass() + " byte-equal");
            assertEquals(p.c().output().sha256(), p.java().output().sha256(), "pass " + p.pass());
        }
        PassRecord last = r.passes().get(r.passes().size() - 1);
        assertTrue(last.inputMap().lines() > 1000, "a real map: " + last.inputMap());
        assertEquals(KernelVerdict.CLEAN, r.stage().kernelVerdict());
        assertTrue(r.stage().finalMatchesLastPass(), String.valueOf(r.stage().lastPassToFinal()));
        assertNotNull(r.readback());
        assertTrue(r.readback().ok(), r.readback().summary());
        assertTrue(r.readback().entriesCompared() > 1000, r.readback().summary());
        if (mode == LinkMode.DROP_IN) {
            Path tree = RESULTS.resolve(mode.word()).resolve(cell.id()).resolve("build");
            assertTrue(Files.isSymbolicLink(tree.resolve("scripts/kallsyms")), "the link ran the symlinked launcher");
        }
    }
}
