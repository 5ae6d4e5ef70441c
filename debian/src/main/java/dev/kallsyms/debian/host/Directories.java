package dev.kallsyms.debian.host;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The one way this project deletes a directory tree. */
public final class Directories {
    private Directories() {
    }

    /**
     * Deletes {@code root} and everything under it; nothing when it does not exist. Directories made read-only
     * (the kernel trees are) are made writable first, and links are deleted, never followed.
     */
    public static void delete(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(root)) {
            paths = walk.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path p : paths) {
            if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                p.toFile().setWritable(true, true);
            }
            Files.deleteIfExists(p);
        }
    }
}
