package dev.kallsyms.containers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kallsyms.debian.DebianArchive;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A pinned kernel source version: the cached tree of exactly that version, whatever else is cached. */
class KernelTreesPinTest {
    @TempDir
    Path trees;

    /** Port 9 (discard) refuses connections: an archive that cannot be asked, and is not. */
    private DebianArchive unreachable() {
        URI nowhere = URI.create("http://127.0.0.1:9/debian/");
        return new DebianArchive(nowhere, nowhere, trees.resolve("debs"));
    }

    @Test
    void theCachedTreeOfThePinnedVersionIsUsedWithoutAskingDebian() throws IOException {
        Files.createDirectories(trees.resolve("linux-source-6.1_6.1.176-1"));
        Files.createDirectories(trees.resolve("linux-source-6.1_6.1.192-1"));
        KernelTree tree = KernelTrees.ensurePinned("6.1", "6.1.176-1", unreachable(), trees);
        assertEquals("6.1.176-1", tree.packageVersion());
        assertEquals(trees.resolve("linux-source-6.1_6.1.176-1"), tree.root());
    }
}
