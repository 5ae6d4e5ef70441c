package dev.kallsyms.generator.dialect;

import dev.kallsyms.generator.libc.CExit;
import dev.kallsyms.generator.libc.COut;
import dev.kallsyms.generator.libc.Errno;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Gets the map bytes the way the C opens them: stdin, or fopen with perror(name) on failure. */
public final class MapLoader {
    private MapLoader() {
    }

    public static byte[] load(Dialect dialect, Invocation invocation, Path workDir, InputStream stdin, COut err) {
        if (invocation.readsStdin()) {
            try {
                return stdin.readAllBytes();
            } catch (IOException e) {
                dialect.readFailed(null, Errno.strerror(e), err);
                throw new CExit(1);
            }
        }
        String name = invocation.mapFile();
        FileChannel channel = open(name, workDir, err);
        try (InputStream in = Channels.newInputStream(channel)) {
            return in.readAllBytes();
        } catch (IOException e) {
            dialect.readFailed(name, Errno.strerror(e), err);
            throw new CExit(1);
        }
    }

    private static FileChannel open(String name, Path workDir, COut err) {
        if (name.isEmpty()) {
            throw perror(name, Errno.ENOENT, err);
        }
        Path path = workDir.resolve(name);
        // Java drops a trailing slash that the kernel would honour
        if (name.endsWith("/") && Files.exists(path) && !Files.isDirectory(path)) {
            throw perror(name, Errno.ENOTDIR, err);
        }
        try {
            return FileChannel.open(path, StandardOpenOption.READ);
        } catch (IOException e) {
            throw perror(name, Errno.strerror(e), err);
        }
    }

    private static CExit perror(String name, String reason, COut err) {
        if (!name.isEmpty()) {
            err.text(name).print(": ");
        }
        err.print(reason).print("\n");
        return new CExit(1);
    }
}
