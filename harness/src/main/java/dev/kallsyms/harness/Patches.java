package dev.kallsyms.harness;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Kernel patches named by a cell: a file path, or {@code classpath:/...} for the matrices shipped in fixtures. */
public final class Patches {
    public static final String CLASSPATH = "classpath:";

    private Patches() {
    }

    /** @throws IllegalArgumentException (a usage error) when the patch cannot be read */
    public static void requireReadable(String spec) {
        bytes(spec);
    }

    public static byte[] bytes(String spec) {
        if (spec.startsWith(CLASSPATH)) {
            try (InputStream in = Patches.class.getResourceAsStream(spec.substring(CLASSPATH.length()))) {
                if (in == null) {
                    throw new IllegalArgumentException("no patch resource " + spec + " (" + CLASSPATH
                            + " takes a resource's absolute path, e.g. " + CLASSPATH
                            + "/dev/kallsyms/fixtures/matrix/cases/fix-veneer-ignore.patch)");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Path file = Path.of(spec);
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new IllegalArgumentException("patch file not found or not readable: " + spec);
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String sha256(String spec) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes(spec)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The file name, for one-line descriptions. */
    public static String name(String spec) {
        String path = spec.startsWith(CLASSPATH) ? spec.substring(CLASSPATH.length()) : spec;
        return Path.of(path).getFileName().toString();
    }
}
