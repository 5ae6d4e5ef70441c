package dev.kallsyms.harness.diagnosis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kallsyms.harness.Samples;
import dev.kallsyms.harness.Verdict;
import dev.kallsyms.harness.report.Bundle;
import dev.kallsyms.harness.report.MetadataJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A cell directory laid out as the harness leaves it, with a real ARM ELF standing in for every pass. */
class CellDiagnosisTest {
    private static final String TINY = "/dev/kallsyms/harness/diagnosis/tiny.elf";

    @TempDir
    Path cell;

    @Test
    void typeLettersAreNms() throws IOException {
        Path elf = copyTiny(cell.resolve("tiny.elf"));
        Map<String, Character> ours = new TreeMap<>();
        LinkImageReader.read(elf, "tiny").symbols().forEach(s -> ours.put(s.name(), s.letter()));
        Map<String, Character> nm = new TreeMap<>();
        try (InputStream in = getClass().getResourceAsStream(TINY + ".nm")) {
            new String(in.readAllBytes()).lines().map(l -> l.split(" "))
                    .forEach(f -> nm.put(f[2], f[1].charAt(0)));
        }
        assertEquals(nm, ours);
    }

    @Test
    void findsEveryPassElfWritesBothFilesAndAddsThemToTheBundle() throws IOException {
        Path tree = Files.createDirectories(cell.resolve("build"));
        copyTiny(tree.resolve(".tmp_vmlinux.kallsyms1"));
        // pass 2's ELF survives only as the wrapper's hard link, as when the link script deleted it
        copyTiny(Files.createDirectories(tree.resolve(".harness/calls/1/tree")).resolve(".tmp_vmlinux.kallsyms2"));
        copyTiny(tree.resolve("vmlinux"));
        var result = Samples.result(Verdict.STAGE_INCONSISTENT, List.of("inconsistent"),
                List.of(Samples.pass(1, true), Samples.pass(2, true)), null).withFiles(Map.of("bundle", Bundle.FILE));
        MetadataJson.write(result, cell);
        Files.writeString(cell.resolve("build.log"), "log\n");
        Bundle.write(result, cell, tree);

        Diagnosis d = CellDiagnosis.write(cell);

        assertEquals(List.of("pass 1", "pass 2", "final"), d.images().stream().map(Diagnosis.ImageSummary::label)
                .toList());
        assertEquals("build/.harness/calls/1/tree/.tmp_vmlinux.kallsyms2", d.images().get(1).file());
        assertEquals(Explanation.Cause.NONE, d.explanation().cause());
        assertTrue(Files.readString(cell.resolve(Diagnosis.TEXT_FILE)).startsWith("Diagnosis of " + Samples.CELL.id()));
        assertEquals(d, DiagnosisFiles.fromJson(Files.readString(cell.resolve(Diagnosis.JSON_FILE))));
        List<String> entries = bundleEntries();
        String root = Samples.CELL.id() + "/";
        assertTrue(entries.contains(root + Diagnosis.TEXT_FILE), entries.toString());
        assertTrue(entries.contains(root + Diagnosis.JSON_FILE), entries.toString());
        assertTrue(entries.contains(root + MetadataJson.FILE), "the bundle keeps what it had: " + entries);

        CellDiagnosis.write(cell);
        assertEquals(entries, bundleEntries(), "diagnosing twice replaces, never duplicates");
    }

    @Test
    void attachNeverThrows() {
        assertTrue(CellDiagnosis.attach(cell.resolve("missing")).orElseThrow().startsWith("diagnosis failed"));
    }

    private List<String> bundleEntries() throws IOException {
        List<String> names = new ArrayList<>();
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZCompressorInputStream(
                Files.newInputStream(cell.resolve(Bundle.FILE))))) {
            for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
                names.add(e.getName());
            }
        }
        return names;
    }

    private Path copyTiny(Path to) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(TINY)) {
            Files.copy(in, to);
        }
        return to;
    }
}
