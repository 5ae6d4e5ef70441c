package dev.kallsyms.generator.dialect;

import dev.kallsyms.generator.libc.CExit;
import dev.kallsyms.generator.libc.COut;
import dev.kallsyms.generator.libc.Errno;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

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
        try (FileChannel channel = open(name, workDir, err)) {
            return readAll(channel);
        } catch (IOException e) {
            dialect.readFailed(name, Errno.strerror(e), err);
            throw new CExit(1);
        }
    }

    /**
     * A regular file straight into an array of its size (growing a buffer chunk by chunk cost a large
     * map several milliseconds); whatever follows, or all of a file of unknown size, the slow way.
     */
    private static byte[] readAll(FileChannel channel) throws IOException {
        long size = channel.size();
        byte[] head = new byte[(int) Math.min(size, Integer.MAX_VALUE - 16)];
        ByteBuffer buffer = ByteBuffer.wrap(head);
        while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
            // until full or at the end
        }
        byte[] rest = Channels.newInputStream(channel).readAllBytes();
        int n = buffer.position();
        if (rest.length == 0) {
            return n == head.length ? head : Arrays.copyOf(head, n);
        }
        byte[] all = Arrays.copyOf(head, n + rest.length);
        System.arraycopy(rest, 0, all, n, rest.length);
        return all;
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
