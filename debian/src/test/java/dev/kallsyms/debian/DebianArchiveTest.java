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
}
