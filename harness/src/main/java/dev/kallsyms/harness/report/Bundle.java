package dev.kallsyms.harness.report;

import dev.kallsyms.harness.CellResult;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorOutputStream;

/**
 * bundle.tar.xz of a non-PASS cell: metadata, build log, .config, reproduce.sh and its inputs (fragment files,
 * patches, the generator jar), and every wrapper call's arguments, input map, both outputs, both standard errors and
 * record. Not the ELF files (the hard links under calls/N/tree): they are large and can be rebuilt with
 * reproduce.sh.
 */
public final class Bundle {
    public static final String FILE = "bundle.tar.xz";

    private Bundle() {
    }

    public static void write(CellResult result, Path cellDir, Path tree) {
        Path target = cellDir.resolve(FILE);
        String root = result.cell().id() + "/";
        try (OutputStream file = Files.newOutputStream(target);
             TarArchiveOutputStream tar = new TarArchiveOutputStream(new XZCompressorOutputStream(file, 6))) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
            for (String name : List.of(MetadataJson.FILE, "build.log", JUnitXml.FILE, ReproduceScript.FILE)) {
                add(tar, cellDir.resolve(name), root + name);
            }
            add(tar, tree.resolve(".config"), root + "config");
            Path inputs = cellDir.resolve(ReproduceScript.INPUTS);
            for (Path p : files(inputs)) {
                add(tar, p, root + ReproduceScript.INPUTS + "/" + inputs.relativize(p));
            }
            Path calls = tree.resolve(".harness/calls");
            for (Path p : files(calls)) {
                String relative = calls.relativize(p).toString();
                if (!relative.contains("/tree/")) {
                    add(tar, p, root + "calls/" + relative);
                }
            }
            tar.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    private static List<Path> files(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return new ArrayList<>(walk.filter(Files::isRegularFile).sorted().toList());
        }
    }

    private static void add(TarArchiveOutputStream tar, Path file, String name) throws IOException {
        if (!Files.isRegularFile(file)) {
            return;
        }
        // built by hand: an entry made from a File carries creation-time PAX headers GNU tar warns about
        TarArchiveEntry entry = new TarArchiveEntry(name);
        entry.setSize(Files.size(file));
        entry.setModTime(Files.getLastModifiedTime(file));
        entry.setMode(Files.isExecutable(file) ? 0755 : 0644);
        tar.putArchiveEntry(entry);
        Files.copy(file, tar);
        tar.closeArchiveEntry();
    }
}
