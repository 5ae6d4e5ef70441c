package dev.kallsyms.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Kernel patches named by a cell: a file path, or {@code classpath:/...} for the matrices shipped in fixtures. */
public final class Patches {

    private Patches() {
    }

    /** @throws IllegalArgumentException (a usage error) when the patch cannot be read */
    public static void requireReadable(String spec) {
        bytes(spec);
    }

    public static byte[] bytes(String spec) {
        if (ClasspathResource.named(spec)) {
            return ClasspathResource.read(spec, "patch", "/dev/kallsyms/fixtures/matrix/cases/fix-veneer-ignore.patch");
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
        String path = ClasspathResource.named(spec) ? spec.substring(ClasspathResource.PREFIX.length()) : spec;
        return Path.of(path).getFileName().toString();
    }
}
