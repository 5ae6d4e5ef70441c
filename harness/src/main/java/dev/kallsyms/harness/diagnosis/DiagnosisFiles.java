package dev.kallsyms.harness.diagnosis;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kallsyms.harness.report.MetadataJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorOutputStream;

/** diagnosis.txt and diagnosis.json in a cell directory, and the same two files added to its bundle.tar.xz. */
public final class DiagnosisFiles {
    static final String BUNDLE = "bundle.tar.xz";
    private static final ObjectMapper MAPPER = MetadataJson.mapper();

    private DiagnosisFiles() {
    }

    public static void write(Diagnosis d, Path dir) {
        try {
            Files.writeString(dir.resolve(Diagnosis.TEXT_FILE), DiagnosisText.render(d));
            Files.writeString(dir.resolve(Diagnosis.JSON_FILE), toJson(d) + "\n");
            if (Files.isRegularFile(dir.resolve(BUNDLE))) {
                addToBundle(dir.resolve(BUNDLE), List.of(dir.resolve(Diagnosis.TEXT_FILE),
                        dir.resolve(Diagnosis.JSON_FILE)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String toJson(Diagnosis d) {
        try {
            return MAPPER.writeValueAsString(d);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Diagnosis fromJson(String json) {
        try {
            return MAPPER.readValue(json, Diagnosis.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Rewrites the bundle with the files added under its top directory (the cell id), replacing entries of the
     * same name: xz streams cannot be appended to.
     */
    static void addToBundle(Path bundle, List<Path> files) throws IOException {
        Path rewritten = bundle.resolveSibling(bundle.getFileName() + ".new");
        String root = null;
        List<String> replaced = files.stream().map(f -> f.getFileName().toString()).toList();
        try (InputStream in = new XZCompressorInputStream(Files.newInputStream(bundle));
             TarArchiveInputStream tarIn = new TarArchiveInputStream(in);
             OutputStream out = Files.newOutputStream(rewritten);
             TarArchiveOutputStream tarOut = new TarArchiveOutputStream(new XZCompressorOutputStream(out, 6))) {
            tarOut.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            tarOut.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
            for (TarArchiveEntry e = tarIn.getNextEntry(); e != null; e = tarIn.getNextEntry()) {
                String name = e.getName();
                if (root == null) {
                    root = name.contains("/") ? name.substring(0, name.indexOf('/') + 1) : "";
                }
                if (replaced.contains(name.substring(name.lastIndexOf('/') + 1)) && name.equals(root
                        + name.substring(name.lastIndexOf('/') + 1))) {
                    continue;
                }
                TarArchiveEntry copy = new TarArchiveEntry(name);
                copy.setSize(e.getSize());
                copy.setModTime(e.getModTime());
                copy.setMode(e.getMode());
                tarOut.putArchiveEntry(copy);
                tarIn.transferTo(tarOut);
                tarOut.closeArchiveEntry();
            }
            for (Path f : files) {
                TarArchiveEntry entry = new TarArchiveEntry((root == null ? "" : root) + f.getFileName());
                entry.setSize(Files.size(f));
                entry.setModTime(Files.getLastModifiedTime(f));
                entry.setMode(0644);
                tarOut.putArchiveEntry(entry);
                Files.copy(f, tarOut);
                tarOut.closeArchiveEntry();
            }
            tarOut.finish();
        }
        Files.move(rewritten, bundle, StandardCopyOption.REPLACE_EXISTING);
    }
}
