package dev.kallsyms.harness.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kallsyms.cli.ExitCode;
import dev.kallsyms.harness.Cell;
import dev.kallsyms.harness.regress.CPatch;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegressionTest {
    @TempDir
    Path root;
    RunSummary base;

    @BeforeEach
    void baseline() throws Exception {
        RunFixture.matrix(root);
        base = RunReport.write(root);
    }

    @Test
    void theSameRunHasNoChangesButItsInfraCellIsNotCompared() {
        Regression r = compare(base);
        assertEquals(List.of(), r.changes());
        assertEquals(6, r.compared());
        assertEquals(1, r.notCompared().size());
        assertTrue(r.notCompared().get(0).contains("INFRA"), r.notCompared().toString());
        assertEquals(ExitCode.INFRA, r.exitCode());
    }

    @Test
    void aPassCellWhoseJavaOutputChangedRegressesWithTheMismatchStatus() {
        Regression r = compare(edit("PASS", c -> withPass(c, 1, false, 4)));
        assertEquals(1, r.changes().size());
        Regression.Change change = r.changes().get(0);
        assertTrue(change.regressed());
        assertEquals(List.of("verdict PASS -> GENERATOR_MISMATCH", "pass 2: Java == C yes -> no (from byte 17)",
                "pass 2: Java output 5000 -> 5004 bytes"), change.differences());
        assertEquals(ExitCode.GENERATOR_MISMATCH, r.exitCode());
        assertTrue(change.baselinePage().startsWith("baseline/cells/"), change.baselinePage());
    }

    @Test
    void aCellThatGotBetterOrOnlyChangedTableSizesDiffersWithoutRegressing() {
        RunSummary cand = edit("STAGE_INCONSISTENT", c -> withVerdict(c, "PASS"));
        cand = edit(cand, "GENERATOR_MISMATCH", c -> withTables(c, Map.of("kallsyms_names", 50008L,
                "kallsyms_markers", 128L)));
        Regression r = compare(cand);
        assertEquals(2, r.changes().size());
        assertFalse(r.regressed());
        assertTrue(r.changes().stream().anyMatch(c -> c.differences().equals(
                List.of("verdict STAGE_INCONSISTENT -> PASS"))), r.render());
        assertTrue(r.changes().stream().anyMatch(c -> c.differences().equals(
                List.of("kallsyms_names 50000 -> 50008 bytes"))), r.render());
        assertEquals(ExitCode.INFRA, r.exitCode(), "nothing regressed; the INFRA cell was not compared");
    }

    @Test
    void aCellBuiltFromAnotherKernelSourceSaysSo() {
        Regression r = compare(edit("BUILD_FAILED", c -> new CellSummary(c.id(), c.dir(), c.page(), c.cell(),
                "5.10.263-1", c.verdict(), c.reasons(), c.attempts(), c.startedAt(), c.totalMs(), c.passes(),
                c.linkPasses(), c.kernelCheck(), c.tables(), c.readback(), c.boot(), c.diagnosis(), c.files())));
        assertEquals(List.of("kernel source 5.10.262-1 -> 5.10.263-1 (not the same tree: more than the generator "
                + "changed)"), r.changes().get(0).differences());
        assertFalse(r.regressed());
    }

    @Test
    void regressJsonAndItsPageAreWritten() throws Exception {
        Regression r = compare(edit("PASS", c -> withVerdict(c, "STAGE_INCONSISTENT")));
        r.write(root);
        assertTrue(Files.readString(root.resolve(Regression.FILE)).contains("\"regressed\" : true"));
        String page = Files.readString(root.resolve(RunReport.INDEX));
        assertTrue(page.contains("<span class=\"bad\">regressed</span>"), page);
        assertTrue(page.contains("exit status 4 STAGE_INCONSISTENT"), page);
        assertFalse(page.contains("<script"), page);
    }

    /** c-patch: the candidate's cells carry the C patch (another id); they match the baseline's without it. */
    @Test
    void cellsOfAKallsymsCPatchMatchTheirUnpatchedBaseline() throws Exception {
        Path file = Files.writeString(root.resolve("x.patch"), "--- a/scripts/kallsyms.c\n+++ b/scripts/kallsyms.c\n");
        CPatch patch = CPatch.parse(CPatch.PREFIX + file, "--candidate").orElseThrow();
        List<CellSummary> patched = base.cells().stream().map(c -> {
            Cell cell = patch.apply(c.cell());
            return new CellSummary(cell.id(), cell.id(), "cells/" + cell.id() + ".html", cell, c.packageVersion(),
                    c.verdict(), c.reasons(), c.attempts(), c.startedAt(), c.totalMs(), c.passes(), c.linkPasses(),
                    c.kernelCheck(), c.tables(), c.readback(), c.boot(), c.diagnosis(), c.files());
        }).toList();
        RunSummary cand = edit(new RunSummary(base.schema(), base.kind(), base.generatedAt(), base.verdicts(),
                patched, null, null, List.of()), "PASS", c -> withKernelCheck(withVerdict(c, "STAGE_INCONSISTENT"),
                "INCONSISTENT"));
        assertEquals(0, compare(cand).compared(), "by id, no patched cell is its baseline's");
        Regression r = Regression.compare("base.jar", base, "baseline", "base.jar + patch", cand, "candidate",
                c -> CPatch.unpatchedId(c, List.of(patch)));
        assertEquals(6, r.compared());
        assertEquals(1, r.notCompared().size(), "the INFRA cell");
        assertEquals(1, r.changes().size());
        assertEquals(List.of("verdict PASS -> STAGE_INCONSISTENT", "kernel check CLEAN -> INCONSISTENT"),
                r.changes().get(0).differences());
        assertTrue(r.changes().get(0).candidatePage().contains(patch.apply(base.cells().stream()
                .filter(c -> c.verdict().equals("PASS")).findFirst().orElseThrow().cell()).id()));
        assertEquals(ExitCode.STAGE_INCONSISTENT, r.exitCode());
    }

    private Regression compare(RunSummary cand) {
        return Regression.compare("base.jar", base, "baseline", "cand.jar", cand, "candidate");
    }

    private RunSummary edit(String verdict, UnaryOperator<CellSummary> change) {
        return edit(base, verdict, change);
    }

    /** The summary with the first cell of the verdict changed. */
    private static RunSummary edit(RunSummary s, String verdict, UnaryOperator<CellSummary> change) {
        List<CellSummary> cells = new ArrayList<>(s.cells());
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).verdict().equals(verdict)) {
                cells.set(i, change.apply(cells.get(i)));
                break;
            }
        }
        return new RunSummary(s.schema(), s.kind(), s.generatedAt(), s.verdicts(), cells, s.sweep(),
                s.failureRate(), s.skipped());
    }

    private static CellSummary withVerdict(CellSummary c, String verdict) {
        return new CellSummary(c.id(), c.dir(), c.page(), c.cell(), c.packageVersion(), verdict, c.reasons(),
                c.attempts(), c.startedAt(), c.totalMs(), c.passes(), c.linkPasses(), c.kernelCheck(), c.tables(),
                c.readback(), c.boot(), c.diagnosis(), c.files());
    }

    private static CellSummary withKernelCheck(CellSummary c, String check) {
        return new CellSummary(c.id(), c.dir(), c.page(), c.cell(), c.packageVersion(), c.verdict(), c.reasons(),
                c.attempts(), c.startedAt(), c.totalMs(), c.passes(), c.linkPasses(), check, c.tables(),
                c.readback(), c.boot(), c.diagnosis(), c.files());
    }

    private static CellSummary withTables(CellSummary c, Map<String, Long> tables) {
        return new CellSummary(c.id(), c.dir(), c.page(), c.cell(), c.packageVersion(), c.verdict(), c.reasons(),
                c.attempts(), c.startedAt(), c.totalMs(), c.passes(), c.linkPasses(), c.kernelCheck(), tables,
                c.readback(), c.boot(), c.diagnosis(), c.files());
    }

    /** Pass {@code index} no longer equal to C: the Java output {@code grow} bytes longer, from byte 17. */
    private static CellSummary withPass(CellSummary c, int index, boolean equal, long grow) {
        List<CellSummary.Pass> passes = new ArrayList<>(c.passes());
        CellSummary.Pass p = passes.get(index);
        passes.set(index, new CellSummary.Pass(p.pass(), p.mapLines(), p.mapBytes(), p.cBytes(),
                p.javaBytes() + grow, "changed", equal, equal ? -1 : 17, p.cMs(), p.javaMs()));
        CellSummary v = withVerdict(c, equal ? c.verdict() : "GENERATOR_MISMATCH");
        return new CellSummary(v.id(), v.dir(), v.page(), v.cell(), v.packageVersion(), v.verdict(), v.reasons(),
                v.attempts(), v.startedAt(), v.totalMs(), passes, v.linkPasses(), v.kernelCheck(), v.tables(),
                v.readback(), v.boot(), v.diagnosis(), v.files());
    }
}
