package dev.kallsyms.containers.tree;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;

/**
 * Writes tar entries below a directory, keeping what a kernel build relies on: file modes (scripts must stay
 * executable), symbolic and hard links, and modification times (make compares them). Refuses entries and
 * link targets that would land outside the directory.
 */
public final class TarExtractor {
    private final Path target;
    private final int stripComponents;
    private final Deque<DirMode> directoryModes = new ArrayDeque<>();
    private long files;

    private record DirMode(Path dir, int mode, FileTime mtime) {
    }

    public TarExtractor(Path target, int stripComponents) {
        this.target = target.toAbsolutePath().normalize();
        this.stripComponents = stripComponents;
    }

    public void accept(TarArchiveEntry entry, InputStream content) throws IOException {
        Path path = destination(entry.getName());
        if (path == null) {
            return;
        }
        if (entry.isDirectory()) {
            Files.createDirectories(path);
            directoryModes.push(new DirMode(path, entry.getMode(), FileTime.from(entry.getModTime().toInstant())));
            return;
        }
        Files.createDirectories(path.getParent());
        if (entry.isSymbolicLink()) {
            symlink(path, entry.getLinkName());
        } else if (entry.isLink()) {
            Path existing = destination(entry.getLinkName());
            if (existing == null) {
                throw new IOException("hard link " + entry.getName() + " points outside the tree");
            }
            Files.deleteIfExists(path);
            Files.createLink(path, existing);
        } else if (entry.isFile()) {
            Files.copy(content, path, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.setPosixFilePermissions(path, permissions(entry.getMode()));
            Files.setLastModifiedTime(path, FileTime.from(entry.getModTime().toInstant()));
            files++;
        }
        // devices and fifos do not occur in source tarballs and are not needed
    }

    /** Applies directory modes and times last, deepest first, so that writing into them was possible. */
    public void finish() throws IOException {
        while (!directoryModes.isEmpty()) {
            DirMode d = directoryModes.pop();
            Files.setPosixFilePermissions(d.dir(), permissions(d.mode() | 0700));
            Files.setLastModifiedTime(d.dir(), d.mtime());
        }
    }

    public long regularFiles() {
        return files;
    }

    private void symlink(Path path, String linkName) throws IOException {
        Path link = Path.of(linkName);
        Path resolved = path.getParent().resolve(link).normalize();
        if (link.isAbsolute() || !resolved.startsWith(target)) {
            throw new IOException("symbolic link " + path + " -> " + linkName + " points outside the tree");
        }
        if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            Files.delete(path);
        }
        try {
            Files.createSymbolicLink(path, link);
        } catch (FileAlreadyExistsException e) {
            throw new IOException("duplicate entry " + path, e);
        }
    }

    /** The entry's place below the target, or null for the stripped leading directories themselves. */
    Path destination(String name) throws IOException {
        Path relative = Path.of(name.startsWith("/") ? name.substring(1) : name);
        int first = 0;
        while (first < relative.getNameCount() && relative.getName(first).toString().equals(".")) {
            first++;
        }
        // strip before normalising: "top/../../x" must not become "x"
        if (relative.getNameCount() - first <= stripComponents || name.isEmpty()) {
            return null;
        }
        Path path = target.resolve(relative.subpath(first + stripComponents, relative.getNameCount())).normalize();
        if (!path.startsWith(target) || path.equals(target)) {
            throw new IOException("tar entry " + name + " points outside " + target);
        }
        return path;
    }

    static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> set = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] order = {
            PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
            PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ,
        };
        for (int bit = 0; bit < order.length; bit++) {
            if ((mode & (1 << bit)) != 0) {
                set.add(order[bit]);
            }
        }
        return set;
    }
}
