package dev.kallsyms.boot;

import dev.kallsyms.debian.DebFile;
import dev.kallsyms.debian.DebianArchive;
import dev.kallsyms.debian.DebianPackage;
import java.io.IOException;
import java.util.List;
import java.util.Set;

/** Debian's statically linked busybox for an ARM architecture: the whole user space of the boot check. */
public final class Busybox {
    static final String PACKAGE = "busybox-static";
    /** Stable only: the binary changes rarely and a stable suite keeps the package for years. */
    static final List<String> SUITES = List.of("bookworm");
    /** Where the package puts the binary (before and after Debian's /usr merge). */
    private static final Set<String> PATHS = Set.of("./bin/busybox", "./usr/bin/busybox");

    /** @param version the Debian package version the bytes came from, for the record */
    public record Binary(String architecture, String version, byte[] bytes) {
    }

    private Busybox() {
    }

    public static Binary fetch(DebianArchive archive, String architecture) throws IOException {
        DebianPackage pkg = archive.resolveNewest(PACKAGE, SUITES, architecture);
        byte[][] found = new byte[1][];
        DebFile.forEachDataEntry(archive.download(pkg), (entry, content) -> {
            if (entry.isFile() && PATHS.contains(entry.getName())) {
                found[0] = content.readAllBytes();
                return false;
            }
            return true;
        });
        if (found[0] == null) {
            throw new IOException(pkg.name() + " " + pkg.version() + " (" + architecture + ") has no busybox binary at "
                    + PATHS);
        }
        return new Binary(architecture, pkg.version(), found[0]);
    }
}
