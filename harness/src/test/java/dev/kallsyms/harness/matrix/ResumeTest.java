package dev.kallsyms.harness.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kallsyms.harness.Cell;
import dev.kallsyms.harness.CellResult;
import dev.kallsyms.harness.Samples;
import dev.kallsyms.harness.Verdict;
import dev.kallsyms.harness.report.MetadataJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResumeTest {
    @TempDir
    Path results;

    @Test
    void keepsFinalVerdictsAndBuildsInfraMissingAndBrokenAgain() throws Exception {
        Cell passed = Samples.CELL;
        Cell infra = new Cell("6.1", "gcc-12", "versatile_defconfig", List.of(), List.of());
        Cell broken = new Cell("6.1", "gcc-12", "vexpress_defconfig", List.of(), List.of());
        Cell missing = new Cell("6.1", "gcc-12", "multi_v7_defconfig", List.of(), List.of());
        write(passed, Verdict.PASS);
        write(infra, Verdict.INFRA);
        Files.createDirectories(results.resolve(broken.id()));
        Files.writeString(results.resolve(broken.id()).resolve(MetadataJson.FILE), "{\"schema\": 5, \"cell\"");
        Map<String, CellResult> done = Resume.finished(results, List.of(passed, infra, broken, missing));
        assertEquals(List.of(passed.id()), List.copyOf(done.keySet()));
        assertEquals(Verdict.PASS, done.get(passed.id()).verdict());
    }

    @Test
    void aFailedCellIsFinalToo() throws Exception {
        write(Samples.CELL, Verdict.GENERATOR_MISMATCH);
        assertEquals(1, Resume.finished(results, List.of(Samples.CELL)).size());
    }

    private void write(Cell cell, Verdict verdict) throws Exception {
        CellResult r = Samples.result(verdict, List.of(), List.of(), null);
        CellResult forCell = new CellResult(r.schema(), cell, r.verdict(), r.reasons(), r.attempts(), r.startedAt(),
                r.finishedAt(), r.kernel(), r.toolchain(), r.generator(), r.phasesMs(), r.passes(), r.stage(),
                r.config(), r.readback(), r.boot(), r.files());
        Path dir = Files.createDirectories(results.resolve(cell.id()));
        MetadataJson.write(forCell, dir);
    }
}
