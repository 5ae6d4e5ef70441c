package dev.kallsyms.debian;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.compress.archivers.ar.ArArchiveEntry;
import org.apache.commons.compress.archivers.ar.ArArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/** Streams the files of a .deb's data member (data.tar.xz or data.tar.gz). */
public final class DebFile {
    /** Receives each entry of a tar stream; {@code content} is only valid during the call. */
    @FunctionalInterface
    public interface EntryVisitor {
        /** @return false to stop reading */
        boolean visit(TarArchiveEntry entry, InputStream content) throws IOException;
    }

    private DebFile() {
    }

    public static void forEachDataEntry(Path deb, EntryVisitor visitor) throws IOException {
        try (ArArchiveInputStream ar = new ArArchiveInputStream(
                new BufferedInputStream(Files.newInputStream(deb), 1 << 16))) {
            for (ArArchiveEntry member; (member = ar.getNextEntry()) != null; ) {
                if (member.getName().startsWith("data.tar")) {
                    forEachTarEntry(decompress(member.getName(), ar), visitor);
                    return;
                }
            }
        }
        throw new IOException(deb + " has no data.tar member");
    }

    /** Walks a tar stream, which the caller has already decompressed. */
    public static void forEachTarEntry(InputStream tarStream, EntryVisitor visitor) throws IOException {
        TarArchiveInputStream tar = new TarArchiveInputStream(tarStream);
        for (TarArchiveEntry entry; (entry = tar.getNextEntry()) != null; ) {
            if (!visitor.visit(entry, tar)) {
                return;
            }
        }
    }

    /** Decompresses by file name suffix: .xz and .gz are what Debian's packages and tarballs use. */
    public static InputStream decompress(String name, InputStream in) throws IOException {
        if (name.endsWith(".xz")) {
            return new XZCompressorInputStream(in);
        }
        if (name.endsWith(".gz")) {
            return new GzipCompressorInputStream(in);
        }
        if (name.endsWith(".tar")) {
            return in;
        }
        throw new IOException("unsupported compression: " + name);
    }
}
