package dev.kallsyms.boot;

import dev.kallsyms.debian.CacheRoot;
import dev.kallsyms.debian.DebianArchive;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** One initramfs file per busybox architecture and version, kept in the project's cache. */
public final class InitramfsFiles {
    public static final String FILE_NAME = "initramfs.cpio.gz";

    private InitramfsFiles() {
    }

    /** @return the directory holding {@link #FILE_NAME}, to be mounted into the qemu container */
    public static synchronized Path ensure(String architecture) throws IOException {
        Busybox.Binary busybox = Busybox.fetch(DebianArchive.standard(), architecture);
        Path dir = CacheRoot.get().resolve("boot").resolve("initramfs-" + architecture + "-"
                + busybox.version().replaceAll("[^A-Za-z0-9.+-]", "_") + "-" + scriptHash());
        Path file = dir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            Files.createDirectories(dir);
            Path partial = Files.createTempFile(dir, FILE_NAME, ".part");
            try {
                try (OutputStream out = Files.newOutputStream(partial)) {
                    Initramfs.write(busybox.bytes(), out);
                }
                Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(partial);
            }
        }
        return dir;
    }

    /** A changed /init must not reuse an archive made with the old one. */
    private static String scriptHash() {
        return Integer.toHexString(Initramfs.initScript().hashCode());
    }
}
