package dev.kallsyms.containers.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kallsyms.debian.DebFile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Date;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TarExtractorTest {
    private static final Instant MTIME = Instant.parse("2024-05-01T10:00:00Z");

    @TempDir
    Path dir;

    @Test
    void keepsModesLinksAndTimesAndStripsTheTopDirectory() throws IOException {
        byte[] tar = tar(out -> {
            directory(out, "linux-source-6.1/", 0755);
            directory(out, "linux-source-6.1/scripts/", 0755);
            file(out, "linux-source-6.1/scripts/link-vmlinux.sh", "#!/bin/sh\n", 0755);
            file(out, "linux-source-6.1/Makefile", "all:\n", 0644);
            link(out, "linux-source-6.1/scripts/ln.sh", "link-vmlinux.sh", TarConstants.LF_SYMLINK);
            link(out, "linux-source-6.1/Makefile.hard", "linux-source-6.1/Makefile", TarConstants.LF_LINK);
        });
        extract(tar);

        Path script = dir.resolve("scripts/link-vmlinux.sh");
        assertEquals("rwxr-xr-x", PosixFilePermissions.toString(Files.getPosixFilePermissions(script)));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("Makefile"))));
        assertEquals(MTIME, Files.getLastModifiedTime(script).toInstant());
        Path symlink = dir.resolve("scripts/ln.sh");
        assertTrue(Files.isSymbolicLink(symlink));
        assertEquals(Path.of("link-vmlinux.sh"), Files.readSymbolicLink(symlink));
        assertTrue(Files.isSameFile(dir.resolve("Makefile"), dir.resolve("Makefile.hard")));
        assertFalse(Files.exists(dir.resolve("linux-source-6.1")), "top directory stripped");
        assertEquals("all:\n", Files.readString(dir.resolve("Makefile")));
    }

    @Test
    void refusesEntriesOutsideTheTree() {
        byte[] tar = tar(out -> file(out, "top/../../evil", "x", 0644));
        assertThrows(IOException.class, () -> extract(tar));
    }

    @Test
    void refusesSymlinksLeadingOutOfTheTree() {
        byte[] absolute = tar(out -> link(out, "top/etc", "/etc", TarConstants.LF_SYMLINK));
        assertThrows(IOException.class, () -> extract(absolute));
        byte[] relative = tar(out -> link(out, "top/a/up", "../../..", TarConstants.LF_SYMLINK));
        assertThrows(IOException.class, () -> extract(relative));
        assertFalse(Files.exists(dir.resolve("etc"), LinkOption.NOFOLLOW_LINKS));
    }

    @Test
    void recognisesTheSourceTarballInsideTheDeb() {
        assertTrue(SourcePackageExtractor.isSourceTarball("./usr/src/linux-source-6.1.tar.xz"));
        assertTrue(SourcePackageExtractor.isSourceTarball("usr/src/linux-source-5.10.tar.xz"));
        assertFalse(SourcePackageExtractor.isSourceTarball("./usr/src/linux-config-6.1/config.armmp.xz"));
        assertFalse(SourcePackageExtractor.isSourceTarball("./usr/share/doc/linux-source-6.1/changelog.gz"));
    }

    @Test
    void modeBitsMapToPermissions() {
        assertEquals("rwxr-x--x", PosixFilePermissions.toString(TarExtractor.permissions(0751)));
        assertEquals("---------", PosixFilePermissions.toString(TarExtractor.permissions(0)));
    }

    private void extract(byte[] tar) throws IOException {
        TarExtractor extractor = new TarExtractor(dir, 1);
        DebFile.forEachTarEntry(new ByteArrayInputStream(tar), (entry, content) -> {
            extractor.accept(entry, content);
            return true;
        });
        extractor.finish();
    }

    private interface Writer {
        void write(TarArchiveOutputStream out) throws IOException;
    }

    private static byte[] tar(Writer writer) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream out = new TarArchiveOutputStream(bytes)) {
            writer.write(out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    private static void directory(TarArchiveOutputStream out, String name, int mode) throws IOException {
        TarArchiveEntry e = new TarArchiveEntry(name);
        e.setMode(TarArchiveEntry.DEFAULT_DIR_MODE & ~0777 | mode);
        e.setModTime(Date.from(MTIME));
        out.putArchiveEntry(e);
        out.closeArchiveEntry();
    }

    private static void file(TarArchiveOutputStream out, String name, String text, int mode) throws IOException {
        byte[] data = text.getBytes(StandardCharsets.UTF_8);
        TarArchiveEntry e = new TarArchiveEntry(name);
        e.setMode(TarArchiveEntry.DEFAULT_FILE_MODE & ~0777 | mode);
        e.setSize(data.length);
        e.setModTime(Date.from(MTIME));
        out.putArchiveEntry(e);
        out.write(data);
        out.closeArchiveEntry();
    }

    private static void link(TarArchiveOutputStream out, String name, String target, byte type) throws IOException {
        TarArchiveEntry e = new TarArchiveEntry(name, type);
        e.setLinkName(target);
        out.putArchiveEntry(e);
        out.closeArchiveEntry();
    }
}
