package dev.kallsyms.harness.cli;

import dev.kallsyms.debian.InfraException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Refuses to start on a disk that is nearly full: a cell needs its kernel tree (1.1-1.6 GB unpacked, once per
 * package version), a toolchain image (about 1 GB under Docker's root), its build tree (hundreds of MB to a few
 * GB) and its results; a build that runs out of space half way is INFRA after minutes of work and leaves less
 * behind to look at. Two GiB is the smallest tiny cell's need with a fresh tree, not a promise for big ones.
 */
final class FreeSpace {
    static final long NEEDED = 2L << 30;

    private FreeSpace() {
    }

    /** @throws InfraException naming the directory, what it holds and how much is free, when under {@link #NEEDED} */
    static void require(Path dir, String holds) {
        Path existing = dir.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return;
        }
        try {
            check(existing, holds, Files.getFileStore(existing).getUsableSpace());
        } catch (IOException e) {
            // a file system that cannot say how full it is will say so when written
        }
    }

    static void check(Path dir, String holds, long usable) {
        if (usable < NEEDED) {
            throw new InfraException(String.format("only %.1f GB free on the disk of %s (%s); a cell needs %.0f GB "
                    + "or more: free some space or point %s", usable / 1e9, dir, holds, NEEDED / 1e9,
                    holds.startsWith("results") ? "--output at another disk" : "KALLSYMS_CACHE at another disk"));
        }
    }
}
