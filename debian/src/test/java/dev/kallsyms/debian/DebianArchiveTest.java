package dev.kallsyms.debian;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import org.junit.jupiter.api.Test;

class DebianArchiveTest {
    private static final URI MIRROR = URI.create("http://mirror.example/debian/");

    @Test
    void architectureSpecificIndexLivesUnderItsBinaryDirectory() {
        assertEquals(URI.create("http://mirror.example/debian/dists/bookworm/main/binary-armhf/Packages.xz"),
                DebianArchive.indexUri(MIRROR, "bookworm", "armhf"));
    }

    @Test
    void architectureIndependentIndexIsBinaryAll() {
        assertEquals(URI.create("http://mirror.example/debian/dists/sid/main/binary-all/Packages.xz"),
                DebianArchive.indexUri(MIRROR, "sid", "all"));
    }

    @Test
    void aSuiteLeftOutIsNamedWithItsReasonWithoutTheChecksums() {
        assertEquals("main/binary-all/Packages.xz of trixie does not match its signed InRelease",
                DebianArchive.firstClause("main/binary-all/Packages.xz of trixie does not match its signed InRelease:"
                        + " expected 4534476 bytes, SHA256 bb4c; got 4533564 bytes, SHA256 55be"));
        assertEquals("the signed InRelease of sid lists no main/binary-all/Packages.xz",
                DebianArchive.firstClause("the signed InRelease of sid lists no main/binary-all/Packages.xz"));
    }
}
