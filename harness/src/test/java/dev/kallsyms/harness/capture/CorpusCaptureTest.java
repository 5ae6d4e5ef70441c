package dev.kallsyms.harness.capture;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kallsyms.harness.CellResult;
import dev.kallsyms.harness.PassRecord;
import dev.kallsyms.harness.Samples;
import dev.kallsyms.harness.Verdict;
import dev.kallsyms.harness.report.MetadataJson;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tukaani.xz.XZInputStream;

class CorpusCaptureTest {
    @TempDir
    Path dir;

    @Test
    void addsEachPassMapAndCOutputOnceWithProvenance() throws Exception {
        Path cell = Files.createDirectories(dir.resolve("run/cell"));
        List<PassRecord> passes = List.of(Samples.pass(1, true), Samples.pass(2, true));
        for (PassRecord p : passes) {
            Files.createDirectories(cell.resolve(p.inputMap().file()).getParent());
            Files.writeString(cell.resolve(p.inputMap().file()), "80008000 T _text\n".repeat(40));
            Files.writeString(cell.resolve(p.c().output().file()), "\t.long 0\n");
        }
        CellResult r = Samples.result(Verdict.PASS, List.of(), passes, null);
        MetadataJson.write(r, cell);
        Path corpus = Files.createDirectories(dir.resolve("maps"));
        Files.writeString(corpus.resolve("manifest.tsv"), "# name\tkind\tfile\tlines\twhat\tprovenance\n");

        List<CorpusCapture.Captured> added = CorpusCapture.capture(dir.resolve("run"), corpus);
        assertEquals(2, added.size());
        List<String> rows = Files.readAllLines(corpus.resolve("manifest.tsv"));
        assertEquals(3, rows.size());
        String[] row = rows.get(1).split("\t", -1);
        assertEquals(6, row.length);
        assertEquals("real", row[1]);
        assertEquals("40", row[3]);
        assertTrue(row[5].contains("linux-source-6.1 6.1.190-1"), row[5]);
        assertTrue(row[5].contains("arm-linux-gnueabihf-gcc"), row[5]);
        try (InputStream in = new XZInputStream(Files.newInputStream(corpus.resolve(row[2])))) {
            assertArrayEquals("80008000 T _text\n".repeat(40).getBytes(), in.readAllBytes());
        }
        String recorded = Files.readAllLines(corpus.resolve("recorded-outputs.tsv")).get(0);
        assertTrue(recorded.startsWith(row[0] + "\t6.1\t--base-relative\treal/"), recorded);

        assertEquals(0, CorpusCapture.capture(dir.resolve("run"), corpus).size(), "a second capture adds nothing");
    }
}
