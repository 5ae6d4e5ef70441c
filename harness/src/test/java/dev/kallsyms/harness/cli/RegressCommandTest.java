package dev.kallsyms.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kallsyms.cli.BadInputException;

import dev.kallsyms.harness.Cell;
import dev.kallsyms.harness.regress.CPatch;
import dev.kallsyms.harness.summary.CellSummary;
import dev.kallsyms.harness.summary.RunSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegressCommandTest {
    @Test
    void theCandidateIsPinnedToTheLinuxSourceVersionsOfTheBaselinesRun() {
        RunSummary baseline = new RunSummary(RunSummary.SCHEMA, "matrix", "now", Map.of("PASS", 3),
                List.of(cell("5.10", "5.10.262-1"), cell("6.1", null), cell("6.1", "6.1.190-1"),
                        cell("6.1", "6.1.190-1")), null, null, List.of());
        assertEquals(Map.of("5.10", "5.10.262-1", "6.1", "6.1.190-1"), RegressCommand.sources(baseline),
                "a cell that never got its tree (null) pins nothing");
    }

    @Test
    void aCPatchSideRunsTheOtherSidesGeneratorOnPatchedCells(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("fix.patch"), "diff --git a/scripts/kallsyms.c b/scripts/kallsyms.c"
                + "\n--- a/scripts/kallsyms.c\n+++ b/scripts/kallsyms.c\t2026-11-25\n@@ -1 +1 @@\n-a\n+b\n");
        Optional<CPatch> patch = CPatch.parse("c-patch:" + file, "--candidate");
        assertEquals(file.toString(), patch.orElseThrow().file());
        assertEquals(Optional.empty(), CPatch.parse("HEAD~1", "--baseline"), "a revision is a generator");
        assertEquals("HEAD~1", RegressCommand.generatorOf("c-patch:" + file, patch, "HEAD~1", Optional.empty()));
        assertEquals("HEAD~1", RegressCommand.generatorOf("HEAD~1", Optional.empty(), "c-patch:" + file, patch));
        assertEquals(CommonOptions.defaultGeneratorJar().toString(),
                RegressCommand.generatorOf("c-patch:" + file, patch, "c-patch:" + file, patch), "both patches");
        Files.writeString(dir.resolve("fix.patch.own"), "its own patch");
        Cell own = new Cell("6.1", "gcc-12", "tinyconfig", List.of("CONFIG_KALLSYMS=y"), List.of("V=1"),
                List.of(file.toString() + ".own"));
        List<Cell> cells = List.of(Cell.of("6.1", "gcc-12", "tinyconfig"), own);
        List<Cell> patched = RegressCommand.patched(cells, patch);
        assertEquals(List.of(file.toString()), patched.get(0).patches());
        assertEquals(List.of(file + ".own", file.toString()), patched.get(1).patches(), "after the cell's own");
        assertNotEquals(cells.get(0).id(), patched.get(0).id());
        assertEquals(cells, RegressCommand.patched(cells, Optional.empty()));
        for (int i = 0; i < cells.size(); i++) {
            assertEquals(cells.get(i).id(), CPatch.unpatchedId(patched.get(i), List.of(patch.orElseThrow())),
                    "matched by its identity without the C patch, its own patches kept");
        }
    }

    @Test
    void aCPatchThatIsNotAKallsymsCChangeIsRefusedInOneLine(@TempDir Path dir) throws Exception {
        Path other = Files.writeString(dir.resolve("mksysmap.patch"),
                "--- a/scripts/mksysmap\n+++ b/scripts/mksysmap\n");
        BadInputException e = assertThrows(BadInputException.class,
                () -> CPatch.parse("c-patch:" + other, "--candidate"));
        assertEquals("--candidate c-patch:" + other + ": the patch does not change scripts/kallsyms.c (no '+++ "
                + "b/scripts/kallsyms.c' line)", e.getMessage());
        assertTrue(assertThrows(BadInputException.class, () -> CPatch.parse("c-patch:" + dir.resolve("none"),
                "--baseline")).getMessage().contains("not found"));
        assertEquals("--baseline c-patch:: c-patch: needs a patch file",
                assertThrows(BadInputException.class, () -> CPatch.parse("c-patch:", "--baseline")).getMessage());
    }

    private static CellSummary cell(String kernel, String packageVersion) {
        Cell c = Cell.of(kernel, "gcc-12", "tinyconfig");
        return new CellSummary(c.id(), c.id(), "cells/" + c.id() + ".html", c, packageVersion, "PASS", List.of(), 1,
                "now", 0, List.of(), 0, null, Map.of(), null, null, null, Map.of());
    }
}
