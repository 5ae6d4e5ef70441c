package dev.kallsyms.harness.verdict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kallsyms.boot.BootResult;
import dev.kallsyms.debian.InfraException;
import dev.kallsyms.harness.ReadbackReport;
import dev.kallsyms.harness.Samples;
import dev.kallsyms.harness.StageReport.KernelVerdict;
import dev.kallsyms.harness.StageReport.SymbolDiff;
import dev.kallsyms.harness.StageReport;
import dev.kallsyms.harness.Verdict;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerdictRulesTest {
    private static final StageReport CLEAN = Samples.stage(KernelVerdict.CLEAN, Samples.noDiff());

    private static VerdictRules.Decision decide(String infra, boolean built, List<Boolean> equal, StageReport stage,
                                                String error) {
        return VerdictRules.decide(new Evidence(infra == null ? null : Stop.infra(infra), built, true,
                equal.stream().map(e -> Samples.pass(equal.indexOf(e) + 1, e)).toList(), stage, error, List.of(), null,
                null, null));
    }

    private static Evidence passing() {
        return new Evidence(true, true, List.of(Samples.pass(1, true), Samples.pass(2, true)), CLEAN, null,
                List.of());
    }

    @Test
    void aKernelThatBootsAndShowsSystemMapStaysPass() {
        BootResult booted = new BootResult("vexpress_defconfig", "vexpress-a9", BootResult.Outcome.PASSED, true, 33003,
                33003, 33003, 90000, 0, null, 60000, 5000, "boot/console.log", null);
        assertEquals(Verdict.PASS, VerdictRules.decide(passing().withReadback(Samples.readback()).withBoot(booted))
                .verdict());
    }

    @Test
    void aKernelThatDoesNotBootIsBootFailedNamingTheConsoleLog() {
        BootResult noBoot = new BootResult("vexpress_defconfig", "vexpress-a9", BootResult.Outcome.NO_BOOT, false, 0,
                0, -1, 0, 0, null, 60000, 180000, "boot/console.log", "no end of the dump within the time limit");
        VerdictRules.Decision d = VerdictRules.decide(passing().withReadback(Samples.readback()).withBoot(noBoot));
        assertEquals(Verdict.BOOT_FAILED, d.verdict());
        assertTrue(d.reasons().get(0).contains("boot/console.log"), d.reasons().toString());
    }

    @Test
    void tablesThatReadBackAsExpectedStayPass() {
        VerdictRules.Decision d = VerdictRules.decide(passing().withReadback(Samples.readback()));
        assertEquals(Verdict.PASS, d.verdict());
    }

    @Test
    void aReadBackDifferenceIsReadbackMismatchWithTheFirstDifferingEntry() {
        ReadbackReport differs = new ReadbackReport("vmlinux", "map", "6.1", "BASE_RELATIVE", 8010, 8010, 17,
                "entry 17: expected 80008100 T start_kernel, tables hold 80008104 T start_kernel", List.of(), 40, 3,
                null);
        VerdictRules.Decision d = VerdictRules.decide(passing().withReadback(differs));
        assertEquals(Verdict.READBACK_MISMATCH, d.verdict());
        assertTrue(d.reasons().get(0).contains("17/8010 entries"), d.reasons().toString());
        assertTrue(d.reasons().get(0).contains("entry 17: expected 80008100 T start_kernel"), d.reasons().toString());
    }

    @Test
    void aBrokenTableInvariantOrAnUnreadableElfIsReadbackMismatchToo() {
        ReadbackReport defect = new ReadbackReport("vmlinux", "map", "6.1", "BASE_RELATIVE", 8010, 8010, 8010, null,
                List.of("kallsyms_markers[3] points at byte 700, entry 768 starts at 704"), 40, 3, null);
        assertEquals(Verdict.READBACK_MISMATCH, VerdictRules.decide(passing().withReadback(defect)).verdict());
        ReadbackReport unreadable = new ReadbackReport("vmlinux", "map", "6.1", null, 0, 0, 0, null, List.of(), 0, 0,
                "no symbol table (stripped?)");
        VerdictRules.Decision d = VerdictRules.decide(passing().withReadback(unreadable));
        assertEquals(Verdict.READBACK_MISMATCH, d.verdict());
        assertTrue(d.reasons().get(0).startsWith("read-back failed"), d.reasons().toString());
    }

    @Test
    void everyPassEqualAndStagesConsistentIsPass() {
        VerdictRules.Decision d = decide(null, true, List.of(true, true), CLEAN, null);
        assertEquals(Verdict.PASS, d.verdict());
        assertEquals(List.of(), d.reasons());
    }

    @Test
    void oneUnequalPassIsGeneratorMismatchNamingThePassAndOffset() {
        VerdictRules.Decision d = decide(null, true, List.of(true, false), CLEAN, null);
        assertEquals(Verdict.GENERATOR_MISMATCH, d.verdict());
        assertTrue(d.reasons().get(0).contains("pass 2"), d.reasons().toString());
        assertTrue(d.reasons().get(0).contains("4242"), d.reasons().toString());
    }

    @Test
    void kernelInconsistencyWithEqualPassesIsStageInconsistent() {
        StageReport bad = Samples.stage(KernelVerdict.INCONSISTENT, null);
        VerdictRules.Decision d = decide(null, false, List.of(true, true, true), bad, "make: *** Error 1");
        assertEquals(Verdict.STAGE_INCONSISTENT, d.verdict());
        assertTrue(d.reasons().get(0).contains("Inconsistent kallsyms data"));
    }

    @Test
    void finalElfDifferingFromLastPassIsStageInconsistentEvenIfTheKernelSaidNothing() {
        SymbolDiff moved = new SymbolDiff(0, 0, 0, 0, 12, List.of("moved foo 0x1 -> 0x2"), List.of());
        VerdictRules.Decision d = decide(null, true, List.of(true, true), Samples.stage(KernelVerdict.CLEAN, moved),
                null);
        assertEquals(Verdict.STAGE_INCONSISTENT, d.verdict());
        assertTrue(d.reasons().get(0).contains("12 moved"));
    }

    @Test
    void mismatchOutranksInconsistencyItMayHaveCaused() {
        StageReport bad = Samples.stage(KernelVerdict.INCONSISTENT, null);
        VerdictRules.Decision d = decide(null, false, List.of(true, false), bad, null);
        assertEquals(Verdict.GENERATOR_MISMATCH, d.verdict());
        assertEquals(2, d.reasons().size(), "both findings are kept");
    }

    @Test
    void failedBuildWithoutKallsymsFindingsIsBuildFailed() {
        VerdictRules.Decision d = decide(null, false, List.of(), null, "init/main.c:12: error: expected ';'");
        assertEquals(Verdict.BUILD_FAILED, d.verdict());
        assertTrue(d.reasons().get(0).contains("expected ';'"));
    }

    @Test
    void infraOutranksEverythingAndIsNeverAGeneratorFailure() {
        VerdictRules.Decision d = decide("container killed", false, List.of(false), null, null);
        assertEquals(Verdict.INFRA, d.verdict());
        assertEquals(List.of("INFRA: container killed"), d.reasons());
        assertTrue(d.verdict().retried());
    }

    @Test
    void anUnexpectedExceptionIsAHarnessErrorNotInfraAndIsNotRetried() {
        Stop npe = Stop.of(new NullPointerException("Cannot invoke \"PassRecord.pass()\" because \"p\" is null"));
        assertEquals(Verdict.HARNESS_ERROR, npe.verdict());
        VerdictRules.Decision d = VerdictRules.decide(Evidence.stopped(npe));
        assertEquals(Verdict.HARNESS_ERROR, d.verdict());
        assertTrue(d.reasons().get(0).startsWith("HARNESS_ERROR: java.lang.NullPointerException"), d.reasons().toString());
        assertFalse(d.verdict().retried());
        assertTrue(d.verdict().failed());
        assertEquals(Verdict.HARNESS_ERROR, Verdict.worst(Verdict.INFRA, Verdict.HARNESS_ERROR));
    }

    @Test
    void theMachinerysExceptionsAndAFullDiskAreInfraWhereverTheyAreWrapped() {
        assertEquals(Verdict.INFRA, Stop.of(new IllegalStateException(new InfraException("engine gone"))).verdict());
        Stop full = Stop.of(new UncheckedIOException(new FileSystemException("/r/x/metadata.json", null,
                "No space left on device")));
        assertEquals(Verdict.INFRA, full.verdict());
        assertTrue(full.reason().startsWith("INFRA: the disk is full: /r/x/metadata.json: No space left on device"),
                full.reason());
        assertEquals(Verdict.HARNESS_ERROR, Stop.of(new UncheckedIOException(new IOException("Permission denied")))
                .verdict());
        // seen: the build log could not take a line while make ran, and the engine's wrapper said so
        Stop wrapped = Stop.of(new InfraException("the engine failed while running [make]: java.io.IOException: "
                + "No space left on device", new RuntimeException(new IOException("No space left on device"))));
        assertEquals("INFRA: the disk is full: No space left on device", wrapped.reason());
        // seen: dockerd killed during a matrix; the engine client's next request for the next cell
        Stop refused = Stop.of(new RuntimeException(new java.net.ConnectException("Connection refused")));
        assertEquals("INFRA: the container engine does not answer: Connection refused", refused.reason());
    }

    @Test
    void aMakeStoppedAtItsTimeLimitIsTimedOutButAMismatchBeforeItStillWins() {
        VerdictRules.Decision d = VerdictRules.decide(new Evidence(false, true, List.of(Samples.pass(1, true)),
                null, "make: *** [vmlinux] Terminated", List.of()).withTimedOut("make vmlinux ran past its time limit"));
        assertEquals(Verdict.TIMED_OUT, d.verdict());
        assertEquals(List.of("make vmlinux ran past its time limit"), d.reasons(), "not also BUILD_FAILED");
        assertFalse(d.verdict().retried());
        assertTrue(d.verdict().failed());
        VerdictRules.Decision m = VerdictRules.decide(new Evidence(false, true, List.of(Samples.pass(1, false)),
                null, null, List.of()).withTimedOut("make vmlinux ran past its time limit"));
        assertEquals(Verdict.GENERATOR_MISMATCH, m.verdict());
        assertEquals(2, m.reasons().size());
    }

    @Test
    void aBuildThatCheckedNothingDoesNotPass() {
        VerdictRules.Decision d = VerdictRules.decide(new Evidence(true, true, List.of(), CLEAN, null,
                List.of("CONFIG_KALLSYMS=y")));
        assertEquals(Verdict.BUILD_FAILED, d.verdict());
        assertTrue(d.reasons().get(0).contains("CONFIG_KALLSYMS=y"));
    }

    @Test
    void aPlainLinkAskedForIsUncheckedNotFailed() {
        VerdictRules.Decision d = VerdictRules.decide(new Evidence(true, false, List.of(), CLEAN, null,
                List.of()));
        assertEquals(Verdict.UNCHECKED, d.verdict());
        assertTrue(d.reasons().get(0).contains("--no-interpose"));
        assertFalse(d.verdict().passed());
        assertFalse(d.verdict().failed());
    }

    @Test
    void aPlainLinkThatFailedIsBuildFailed() {
        VerdictRules.Decision d = VerdictRules.decide(new Evidence(false, false, List.of(), null, "ld: error",
                List.of()));
        assertEquals(Verdict.BUILD_FAILED, d.verdict());
    }

    @Test
    void worstFollowsDeclarationOrder() {
        assertEquals(Verdict.INFRA, Verdict.worst(Verdict.PASS, Verdict.INFRA));
        assertEquals(Verdict.GENERATOR_MISMATCH, Verdict.worst(Verdict.STAGE_INCONSISTENT, Verdict.GENERATOR_MISMATCH));
        assertEquals(Verdict.BUILD_FAILED, Verdict.worst(Verdict.BUILD_FAILED, Verdict.PASS));
    }
}
