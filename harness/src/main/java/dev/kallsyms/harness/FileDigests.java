package dev.kallsyms.harness;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Digests of files the harness keeps, streamed (pass maps can be tens of MB). */
public final class FileDigests {
    private FileDigests() {
    }

    /** @param name how the file is named in records (usually relative to the cell directory) */
    public static PassRecord.FileDigest of(Path file, String name) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            long bytes = 0;
            long lines = 0;
            for (int n; (n = in.read(buffer)) > 0; ) {
                sha.update(buffer, 0, n);
                bytes += n;
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
            return new PassRecord.FileDigest(name, bytes, lines, HexFormat.of().formatHex(sha.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Offset of the first byte where the files differ, the shorter length if one is a prefix, -1 if equal. */
    public static long firstDifference(Path a, Path b) {
        try {
            return Files.mismatch(a, b);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
