package dev.kallsyms.harness.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kallsyms.cli.BadInputException;
import dev.kallsyms.harness.Cell;
import dev.kallsyms.harness.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunReportTest {
    @TempDir
    Path root;

    @Test
    void summaryJsonHoldsEveryCellInKernelVersionOrderAndReadsBack() throws Exception {
        Map<String, Verdict> cells = RunFixture.matrix(root);
        RunSummary written = RunReport.write(root);
        RunSummary read = RunSummary.read(root);
        assertEquals(written, read);
        assertEquals("matrix", read.kind());
        assertEquals(RunSummary.SCHEMA, read.schema());
        assertEquals(cells.size(), read.cells().size());
        assertEquals(List.of("5.10", "6.1", "6.1", "6.1", "6.1", "6.1", "6.12"),
                read.cells().stream().map(c -> c.cell().kernel()).toList());
        for (CellSummary c : read.cells()) {
            assertEquals(cells.get(c.id()).name(), c.verdict(), c.id());
            assertEquals(c.id(), c.dir());
            assertTrue(Files.isRegularFile(root.resolve(c.page())), c.page());
        }
        assertEquals(Map.of("PASS", 3, "STAGE_INCONSISTENT", 1, "GENERATOR_MISMATCH", 1, "BUILD_FAILED", 1,
                "INFRA", 1), read.verdicts());
        CellSummary mismatch = byVerdict(read, "GENERATOR_MISMATCH");
        assertFalse(mismatch.passes().get(1).byteEqual());
        assertEquals(4242, mismatch.passes().get(1).firstDifference());
        CellSummary inconsistent = byVerdict(read, "STAGE_INCONSISTENT");
        assertEquals("EMPTY_SECTION", inconsistent.diagnosis().cause());
        assertEquals("INCONSISTENT", inconsistent.kernelCheck());
        assertEquals(50000L, inconsistent.tables().get("kallsyms_names"));
        CellSummary booted = read.cells().stream().filter(c -> c.boot() != null).findFirst().orElseThrow();
        assertEquals("PASSED", booted.boot().outcome());
        assertEquals(22436, booted.boot().entriesEqual());
        assertNull(read.sweep());
    }

    @Test
    void gridHasOneRowPerKernelAndToolchainAndAColouredLinkPerCell() throws Exception {
        Map<String, Verdict> cells = RunFixture.matrix(root);
        RunReport.write(root);
        String index = Files.readString(root.resolve(RunReport.INDEX));
        String grid = index.substring(index.indexOf("<table class=\"grid\">"), index.indexOf("</table>",
                index.indexOf("<table class=\"grid\">")));
        for (Map.Entry<String, Verdict> e : cells.entrySet()) {
            Matcher m = Pattern.compile("<a href=\"cells/" + Pattern.quote(e.getKey()) + ".html\" class=\"v v-"
                    + e.getValue() + "\" data-verdict=\"" + e.getValue() + "\" data-cell=\"" + Pattern.quote(e.getKey())
                    + "\"").matcher(grid);
            assertTrue(m.find(), e.getKey() + " in " + grid);
            assertFalse(m.find(), e.getKey() + " twice");
        }
        assertEquals(4, grid.split("<tr>").length - 2, "rows 5.10/gcc-10, 6.1/clang, 6.1/gcc-12, 6.12/gcc-14");
        assertTrue(grid.contains("<th>tinyconfig</th><th>versatile_defconfig</th><th>vexpress_defconfig</th>"), grid);
        assertTrue(grid.contains("<small>+kallsyms-tiny.config +CONFIG_KALLSYMS_ALL=y</small>"),
                "two cells of one defconfig are told apart: " + grid);
        assertTrue(index.indexOf("5.10 / gcc-10") < index.indexOf("6.1 / clang")
                && index.indexOf("6.1 / gcc-12") < index.indexOf("6.12 / gcc-14"), "version order, not string order");
    }

    @Test
    void skippedCellsAreInTheSummaryTheGridAndTheirOwnTableButNotInTheVerdicts() throws Exception {
        Map<String, Verdict> cells = RunFixture.matrix(root);
        Cell tooOld = Cell.of("7.2", "clang", "tinyconfig");
        Cell alsoOld = Cell.of("7.2", "clang-15", "tinyconfig");
        SkippedCell.write(root, List.of(SkippedCell.of(tooOld, "needs LLVM 17 <or newer>"),
                SkippedCell.of(alsoOld, "needs LLVM 17")));
        RunSummary s = RunReport.write(root);
        assertEquals(List.of(tooOld, alsoOld), s.skipped().stream().map(SkippedCell::cell).toList());
        assertEquals(s, RunSummary.read(root));
        assertEquals(cells.size(), s.verdicts().values().stream().mapToInt(Integer::intValue).sum(),
                "a skipped cell has no verdict of its own");
        String index = Files.readString(root.resolve(RunReport.INDEX));
        String grid = index.substring(index.indexOf("<table class=\"grid\">"), index.indexOf("</table>",
                index.indexOf("<table class=\"grid\">")));
        assertTrue(grid.contains("<th>7.2 / clang</th>"), grid);
        assertTrue(grid.indexOf("6.12 / gcc-14") < grid.indexOf("7.2 / clang"), "in version order: " + grid);
        assertTrue(grid.contains("<span class=\"v v-SKIPPED\" data-verdict=\"SKIPPED\" data-cell=\""
                + tooOld.id() + "\" title=\"7.2 clang tinyconfig&#10;needs LLVM 17 &lt;or newer&gt;\">SKIPPED</span>"),
                grid);
        assertTrue(index.contains("2 skipped as known not to build"), index);
        assertTrue(index.contains("<table class=\"skipped\">"), index);

        SkippedCell.write(root, List.of());
        assertFalse(Files.exists(root.resolve(SkippedCell.FILE)), "a run that skipped nothing leaves no old list");
        assertEquals(List.of(), RunReport.write(root).skipped());
    }

    @Test
    void aMatrixWhoseEveryCellWasSkippedStillHasAReport() throws Exception {
        SkippedCell.write(root, List.of(SkippedCell.of(Cell.of("7.2", "clang", "tinyconfig"), "too old")));
        RunSummary s = RunReport.write(root);
        assertEquals(List.of(), s.cells());
        assertEquals(1, s.skipped().size());
        assertTrue(Files.readString(root.resolve(RunReport.INDEX)).contains("data-verdict=\"SKIPPED\""));
    }

    @Test
    void aSkippedJsonThatIsNotOneIsRefusedInOneLine() throws Exception {
        RunFixture.matrix(root);
        Files.writeString(root.resolve(SkippedCell.FILE), "{ not json");
        BadInputException e = assertThrows(BadInputException.class, () -> RunReport.write(root));
        assertTrue(e.getMessage().startsWith(root.resolve(SkippedCell.FILE) + " is not a list of skipped cells ("),
                e.getMessage());
    }

    @Test
    void everythingFromDataIsEscaped() throws Exception {
        RunFixture.matrix(root);
        RunReport.write(root);
        String index = Files.readString(root.resolve(RunReport.INDEX));
        String page = Files.readString(root.resolve("cells/" + RunFixture.cell("6.12", "gcc-14", "tinyconfig",
                RunFixture.TINY).id() + ".html"));
        for (String html : List.of(index, page)) {
            assertFalse(html.contains("<script"), "no script element from data");
            assertTrue(html.contains("&lt;script&gt;window.reportXss=1&lt;/script&gt; &amp; &quot;quotes&quot;"));
        }
    }

    @Test
    void theInconsistentCellsPageShowsItsDiagnosisAndLinksItsFiles() throws Exception {
        RunFixture.matrix(root);
        RunReport.write(root);
        String id = RunFixture.cell("6.1", "gcc-12", "vexpress_defconfig", "CONFIG_KALLSYMS=y").id();
        String page = Files.readString(root.resolve("cells/" + id + ".html"));
        assertTrue(page.contains("<div id=\"diagnosis\">"), page);
        assertTrue(page.contains("First link: EMPTY_SECTION"), page);
        assertTrue(page.contains("__per_cpu_end changed type D-&gt;T"), page);
        assertTrue(page.contains("Diagnosis of " + id), "diagnosis.txt inline");
        for (String file : List.of("bundle.tar.xz", "reproduce.sh", "build.log", "metadata.json", "diagnosis.txt")) {
            assertTrue(page.contains("href=\"../" + id + "/" + file + "\""), file);
            assertTrue(Files.isRegularFile(root.resolve(id).resolve(file)), file);
        }
        assertTrue(page.contains("Inconsistent kallsyms data"), "the kernel's own message");
    }

    @Test
    void aSweepIsAChartOfItsPointsWithTableSizeDeltas() throws Exception {
        RunFixture.sweep(root, "sweep");
        RunSummary s = RunReport.write(root);
        assertEquals("sweep", s.kind());
        assertNotNull(s.sweep());
        assertNull(s.failureRate());
        assertEquals(4, s.cells().size());
        String index = Files.readString(root.resolve(RunReport.INDEX));
        assertTrue(index.contains("<svg id=\"chart\""));
        assertEquals(4, index.split("<circle class=\"point\"").length - 1);
        assertTrue(index.contains("extra-pass=1: STAGE_INCONSISTENT, did not converge, tables +12 bytes"), index);
        assertTrue(index.contains("host=64: PASS, converged, tables +4 bytes"), index);
        assertFalse(Files.exists(root.resolve("summary-of-nothing")));
    }

    @Test
    void aRepeatShowsItsFailureRate() throws Exception {
        RunFixture.sweep(root, "repeat");
        RunSummary s = RunReport.write(root);
        assertEquals(new RunSummary.Rate(1, 4), s.failureRate());
        assertEquals(4, s.cells().stream().map(CellSummary::page).distinct().count(), "one page per repetition");
        String index = Files.readString(root.resolve(RunReport.INDEX));
        assertTrue(index.contains("<p id=\"failure-rate\"><strong>1 of 4 run(s) failed (25%)</strong></p>"), index);
    }

    @Test
    void rewritingDropsPagesOfCellsThatAreGone() throws Exception {
        RunFixture.matrix(root);
        Files.createDirectories(root.resolve("cells"));
        Files.writeString(root.resolve("cells").resolve("stale.html"), "old");
        RunReport.write(root);
        assertFalse(Files.exists(root.resolve("cells/stale.html")));
    }

    @Test
    void aDirectoryWithoutResultsIsAUsageError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RunReport.write(root));
        assertTrue(e.getMessage().contains("no cell results"), e.getMessage());
    }

    private static CellSummary byVerdict(RunSummary s, String verdict) {
        return s.cells().stream().filter(c -> c.verdict().equals(verdict)).findFirst().orElseThrow();
    }
}
