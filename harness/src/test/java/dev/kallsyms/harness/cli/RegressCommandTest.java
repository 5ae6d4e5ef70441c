package dev.kallsyms.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kallsyms.harness.Cell;
import dev.kallsyms.harness.summary.CellSummary;
import dev.kallsyms.harness.summary.RunSummary;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RegressCommandTest {
    @Test
    void theCandidateIsPinnedToTheLinuxSourceVersionsOfTheBaselinesRun() {
        RunSummary baseline = new RunSummary(RunSummary.SCHEMA, "matrix", "now", Map.of("PASS", 3),
                List.of(cell("5.10", "5.10.262-1"), cell("6.1", null), cell("6.1", "6.1.190-1"),
                        cell("6.1", "6.1.190-1")), null, null);
        assertEquals(Map.of("5.10", "5.10.262-1", "6.1", "6.1.190-1"), RegressCommand.sources(baseline),
                "a cell that never got its tree (null) pins nothing");
    }

    private static CellSummary cell(String kernel, String packageVersion) {
        Cell c = Cell.of(kernel, "gcc-12", "tinyconfig");
        return new CellSummary(c.id(), c.id(), "cells/" + c.id() + ".html", c, packageVersion, "PASS", List.of(), 1,
                "now", 0, List.of(), 0, null, Map.of(), null, null, null, Map.of());
    }
}
