package dev.kallsyms.harness.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kallsyms.cli.ExitCode;
import dev.kallsyms.harness.Samples;
import dev.kallsyms.harness.Verdict;
import dev.kallsyms.harness.cli.HarnessMain;
import dev.kallsyms.harness.report.MetadataJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GateTest {
    @TempDir
    Path dir;

    @Test
    void generatorMismatchFailsOtherFindingsAreUnstable() {
        assertEquals(Gate.Outcome.SUCCESS, Gate.decide(List.of(Verdict.PASS, Verdict.PASS)));
        assertEquals(Gate.Outcome.UNSTABLE, Gate.decide(List.of(Verdict.PASS, Verdict.INFRA)));
        assertEquals(Gate.Outcome.UNSTABLE, Gate.decide(List.of(Verdict.STAGE_INCONSISTENT)));
        assertEquals(Gate.Outcome.UNSTABLE, Gate.decide(List.of(Verdict.BUILD_FAILED)));
        // byte-equal to the C program: whatever is wrong is not a regression of the Java generator
        assertEquals(Gate.Outcome.UNSTABLE, Gate.decide(List.of(Verdict.READBACK_MISMATCH, Verdict.BOOT_FAILED)));
        assertEquals(Gate.Outcome.FAILURE, Gate.decide(List.of(Verdict.INFRA, Verdict.GENERATOR_MISMATCH)));
        assertEquals(Gate.Outcome.UNSTABLE, Gate.decide(List.of()), "no results is not a success");
    }

    @Test
    void infraOnlyAsksWhetherARetryIsWorthIt() {
        assertEquals(Gate.Outcome.UNSTABLE, Gate.decideInfra(List.of(Verdict.PASS, Verdict.INFRA)));
        assertEquals(Gate.Outcome.SUCCESS, Gate.decideInfra(List.of(Verdict.GENERATOR_MISMATCH)));
    }

    @Test
    void commandReadsEveryCellUnderTheDirectoriesAndExitsWithTheOutcome() throws IOException {
        cell("a", Verdict.PASS);
        cell("b", Verdict.INFRA);
        assertEquals(ExitCode.INFRA.code(), run("gate", dir.toString()));
        assertEquals(ExitCode.INFRA.code(), run("gate", "--infra-only", dir.toString()));
        assertEquals(0, run("gate", dir.resolve("a").toString()));
        cell("d", Verdict.BOOT_FAILED);
        assertEquals(ExitCode.FAILED.code(), run("gate", dir.toString()), "a finding outweighs the machinery");
        cell("e", Verdict.HARNESS_ERROR);
        assertEquals(ExitCode.HARNESS_ERROR.code(), run("gate", dir.toString()), "a harness bug has its own status");
        cell("c", Verdict.GENERATOR_MISMATCH);
        assertEquals(ExitCode.GENERATOR_MISMATCH.code(), run("gate", dir.toString()));
        assertEquals(0, run("gate", "--infra-only", dir.resolve("c").toString()));
    }

    @Test
    void aCellsOwnBuildTreeIsNotSearched() throws IOException {
        cell("a", Verdict.PASS);
        cell("a/build/x", Verdict.GENERATOR_MISMATCH);
        assertEquals(0, run("gate", dir.toString()));
    }

    private void cell(String name, Verdict verdict) throws IOException {
        Path cellDir = Files.createDirectories(dir.resolve(name));
        MetadataJson.write(Samples.result(verdict, List.of(), List.of(), null), cellDir);
    }

    private static int run(String... args) {
        return HarnessMain.commandLine().execute(args);
    }
}
