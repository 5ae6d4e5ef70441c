package dev.kallsyms.harness.cli;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kallsyms.debian.InfraException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FreeSpaceTest {
    @Test
    void aNearlyFullDiskIsRefusedInOneLineNamingWhereAndWhatToDo() {
        InfraException e = assertThrows(InfraException.class,
                () -> FreeSpace.check(Path.of("/r"), "results, --output", 800_000_000L));
        assertEquals("only 0.8 GB free on the disk of /r (results, --output); a cell needs 2 GB or more: free some "
                + "space or point --output at another disk", e.getMessage());
        InfraException cache = assertThrows(InfraException.class,
                () -> FreeSpace.check(Path.of("/c"), "kernel trees and ccache, KALLSYMS_CACHE", 0));
        assertEquals(true, cache.getMessage().endsWith("point KALLSYMS_CACHE at another disk"), cache.getMessage());
    }

    @Test
    void enoughSpacePasses() {
        assertDoesNotThrow(() -> FreeSpace.check(Path.of("/r"), "results, --output", 3L << 30));
    }

    @Test
    void aDirectoryNotMadeYetIsMeasuredOnItsNearestExistingParent(@TempDir Path dir) {
        // this machine's disk has room: the walk up must find the temp dir, not fail on the missing child
        assertDoesNotThrow(() -> FreeSpace.require(dir.resolve("a/b/c"), "results, --output"));
    }
}
