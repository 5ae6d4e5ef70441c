package dev.kallsyms.containers.tree;

import dev.kallsyms.debian.DebFile;
import dev.kallsyms.debian.host.Directories;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;

/**
 * Unpacks the source tarball inside a linux-source .deb ({@code /usr/src/linux-source-X.tar.xz}) into a
 * directory, dropping the tarball's top directory. Works in a temporary sibling and renames it into place,
 * so a crash never leaves a half tree under the final name.
 */
public final class SourcePackageExtractor {
    private static final String TEMP_PREFIX = ".tmp-";
    private static final Duration ABANDONED = Duration.ofHours(12);

    private final Path treesRoot;

    public SourcePackageExtractor(Path treesRoot) {
        this.treesRoot = treesRoot;
    }

    public void extract(Path deb, Path finalDir) throws IOException {
        Files.createDirectories(treesRoot);
        removeAbandonedTemps();
        Path temp = Files.createTempDirectory(treesRoot, TEMP_PREFIX + finalDir.getFileName() + "-");
        try {
            TarExtractor extractor = new TarExtractor(temp, 1);
            boolean[] found = {false};
            DebFile.forEachDataEntry(deb, (entry, content) -> {
                if (!isSourceTarball(entry.getName())) {
                    return true;
                }
                InputStream tar = DebFile.decompress(entry.getName(), new BufferedInputStream(content, 1 << 16));
                DebFile.forEachTarEntry(tar, (inner, data) -> {
                    extractor.accept(inner, data);
                    return true;
                });
                found[0] = true;
                return false;
            });
            if (!found[0]) {
                throw new IOException(deb + " holds no /usr/src/linux-source-*.tar.* file");
            }
            extractor.finish();
            // createTempDirectory made it private; the tree is read by whoever runs builds
            Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rwxr-xr-x"));
            moveIntoPlace(temp, finalDir);
        } finally {
            if (Files.exists(temp)) {
                Directories.delete(temp);
            }
        }
    }

    static boolean isSourceTarball(String name) {
        String n = name.startsWith("./") ? name.substring(2) : name;
        return n.matches("usr/src/linux-source-[^/]+\\.tar\\.(xz|gz)");
    }

    private static void moveIntoPlace(Path temp, Path finalDir) throws IOException {
        try {
            Files.move(temp, finalDir, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
            // another process finished the same tree first: keep theirs, ours is removed by the caller
        }
    }

    private void removeAbandonedTemps() throws IOException {
        Instant cutoff = Instant.now().minus(ABANDONED);
        try (Stream<Path> entries = Files.list(treesRoot)) {
            for (Path p : entries.filter(p -> p.getFileName().toString().startsWith(TEMP_PREFIX)).toList()) {
                if (Files.getLastModifiedTime(p).toInstant().isBefore(cutoff)) {
                    Directories.delete(p);
                }
            }
        }
    }
}
