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
import java.util.Map;

/** Opens the map the way the C does: stdin, or fopen with perror(name) on failure. */
public final class MapLoader {
    private MapLoader() {
    }

    /**
     * Set by bin/kallsyms when it found descriptor 0 closed: it then opens /dev/null there, because the
     * JVM would otherwise take descriptor 0 for a file of its own and the map would be read from that.
     */
    public static final String STDIN_CLOSED_ENV = "KALLSYMS_STDIN_CLOSED";

    /** Opens the map as the C does: stdin, or fopen with perror(name) (then CExit) when that fails. */
    public static MapSource open(Dialect dialect, Invocation invocation, Path workDir, InputStream stdin,
            Map<String, String> env, COut err) {
        if (!invocation.readsStdin()) {
            String name = invocation.mapFile();
            FileChannel channel = open(name, workDir, err);
            return new MapSource(name, Channels.newInputStream(channel), size(channel), channel);
        }
        if ("1".equals(env.get(STDIN_CLOSED_ENV))) {
            // what reading a closed descriptor gives the C: EBADF
            dialect.readFailed(null, "Bad file descriptor", err);
            throw new CExit(1);
        }
        return new MapSource(null, stdin, 0, () -> { });
    }

    /** The size of a regular file (a FIFO or a device says 0), to read it into an array of its size. */
    private static long size(FileChannel channel) {
        try {
            return channel.size();
        } catch (IOException e) {
            return 0;
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
