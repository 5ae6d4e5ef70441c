package dev.kallsyms.harness.summary;

import dev.kallsyms.harness.CellResult;
import dev.kallsyms.harness.diagnosis.Diagnosis;
import dev.kallsyms.harness.diagnosis.DiagnosisFiles;
import dev.kallsyms.harness.report.MetadataJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A cell directory found under a results root, read: its metadata, and its diagnosis when there is one.
 *
 * @param dir           relative to the results root
 * @param page          its HTML page, relative to the results root
 * @param diagnosis     diagnosis.json, or null
 * @param diagnosisText diagnosis.txt, or null
 */
record FoundCell(Path absolute, String dir, String page, CellResult result, Diagnosis diagnosis,
                 String diagnosisText) {
    static FoundCell read(Path root, Path cellDir, String page) {
        Path json = cellDir.resolve(Diagnosis.JSON_FILE);
        Path text = cellDir.resolve(Diagnosis.TEXT_FILE);
        try {
            return new FoundCell(cellDir, relative(root, cellDir), page, MetadataJson.read(cellDir),
                    Files.isRegularFile(json) ? DiagnosisFiles.fromJson(Files.readString(json)) : null,
                    Files.isRegularFile(text) ? Files.readString(text) : null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + cellDir, e);
        }
    }

    static String relative(Path root, Path dir) {
        return root.toAbsolutePath().normalize().relativize(dir.toAbsolutePath().normalize()).toString();
    }

    CellSummary summary() {
        return CellSummary.of(result, dir, page, diagnosis);
    }

    /** A link from a page in the root's cells/ directory to a file of this cell. */
    String fromPage(String file) {
        return "../" + dir + "/" + file;
    }
}
