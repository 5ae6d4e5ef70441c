package dev.kallsyms.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kallsyms.boot.BootResult;
import dev.kallsyms.harness.CellResult;
import dev.kallsyms.harness.Samples;
import dev.kallsyms.harness.StageReport.KernelVerdict;
import dev.kallsyms.harness.Verdict;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryTableTest {
    @Test
    void oneRowPerCellWithPassesReadBackAndTheReasonsOfFailures() {
        CellResult pass = Samples.result(Verdict.PASS, List.of(), List.of(Samples.pass(1, true), Samples.pass(2, true)),
                Samples.stage(KernelVerdict.CLEAN, Samples.noDiff()));
        CellResult bad = Samples.result(Verdict.GENERATOR_MISMATCH, List.of("pass 2: outputs differ from byte 4242"),
                List.of(Samples.pass(1, true), Samples.pass(2, false)),
                Samples.stage(KernelVerdict.CLEAN, Samples.noDiff()));
        String table = SummaryTable.render(List.of(pass, bad), Path.of("/results/x"));
        List<String> lines = table.lines().toList();
        assertTrue(lines.get(0).startsWith("VERDICT"), table);
        assertTrue(lines.get(1).startsWith("PASS ") && lines.get(1).contains(" 2/2 ")
                && lines.get(1).contains("8010/8010 42ms"), table);
        assertTrue(lines.get(2).startsWith("GENERATOR_MISMATCH") && lines.get(2).contains(" 1/2 "), table);
        assertEquals("1 of 2 cell(s) PASS", lines.get(3));
        assertTrue(lines.get(4).endsWith(": pass 2: outputs differ from byte 4242"), table);
    }

    @Test
    void theBootColumnShowsTheOutcomeAndEntriesOfBootedCells() {
        CellResult plain = Samples.result(Verdict.PASS, List.of(), List.of(Samples.pass(1, true)),
                Samples.stage(KernelVerdict.CLEAN, Samples.noDiff()));
        CellResult booted = new CellResult(plain.schema(), plain.cell(), plain.verdict(), plain.reasons(), 1,
                plain.startedAt(), plain.finishedAt(), plain.kernel(), plain.toolchain(), plain.generator(),
                plain.phasesMs(), plain.passes(), plain.stage(), plain.config(), plain.readback(),
                new BootResult("versatile_defconfig", "versatilepb", BootResult.Outcome.PASSED, true, 22436, 22436,
                        22436, 0, 0, null, 8000, 4500, "/x/console.log", null), plain.files());
        List<String> lines = SummaryTable.render(List.of(plain, booted), Path.of("/results/x")).lines().toList();
        int column = lines.get(0).indexOf("BOOT");
        assertTrue(column > lines.get(0).indexOf("READ-BACK"), lines.get(0));
        assertTrue(lines.get(1).substring(column).startsWith("- "), lines.get(1));
        assertTrue(lines.get(2).substring(column).startsWith("PASSED 22436/22436 "), lines.get(2));
    }
}
