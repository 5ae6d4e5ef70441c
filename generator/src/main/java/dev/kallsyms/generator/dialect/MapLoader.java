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
import java.util.Arrays;
import java.util.Map;

/** Gets the map bytes the way the C opens them: stdin, or fopen with perror(name) on failure. */
public final class MapLoader {
    private static final int MAX_ARRAY = Integer.MAX_VALUE - 16;

    private MapLoader() {
    }

    /**
     * Set by bin/kallsyms when it found descriptor 0 closed: it then opens /dev/null there, because the
     * JVM would otherwise take descriptor 0 for a file of its own and the map would be read from that.
     */
    public static final String STDIN_CLOSED_ENV = "KALLSYMS_STDIN_CLOSED";

    public static byte[] load(Dialect dialect, Invocation invocation, Path workDir, InputStream stdin,
            Map<String, String> env, COut err) {
        if (invocation.readsStdin()) {
            if ("1".equals(env.get(STDIN_CLOSED_ENV))) {
                // what reading a closed descriptor gives the C: EBADF
                dialect.readFailed(null, "Bad file descriptor", err);
                throw new CExit(1);
            }
            try {
                return readAll(stdin, 0);
            } catch (IOException e) {
                dialect.readFailed(null, Errno.strerror(e), err);
                throw new CExit(1);
            }
        }
        String name = invocation.mapFile();
        try (FileChannel channel = open(name, workDir, err)) {
            return readAll(Channels.newInputStream(channel), channel.size());
        } catch (IOException e) {
            dialect.readFailed(name, Errno.strerror(e), err);
            throw new CExit(1);
        }
    }

    /**
     * Reads to the end with plain reads, into an array of the expected size first (growing a buffer chunk
     * by chunk cost a large map several milliseconds). Java 17's readAllBytes of a file stream asks for
     * the position, which a pipe or FIFO does not have ("Illegal seek"), so it is not used.
     */
    private static byte[] readAll(InputStream in, long expected) throws IOException {
        byte[] buf = new byte[(int) (expected > 0 ? Math.min(expected, MAX_ARRAY) : 1 << 16)];
        int n = 0;
        while (true) {
            if (n == buf.length) {
                int next = in.read();
                if (next < 0) {
                    return buf;
                }
                buf = Arrays.copyOf(buf, (int) Math.min(2L * buf.length, MAX_ARRAY));
                buf[n++] = (byte) next;
            }
            int r = in.read(buf, n, buf.length - n);
            if (r < 0) {
                return Arrays.copyOf(buf, n);
            }
            n += r;
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
