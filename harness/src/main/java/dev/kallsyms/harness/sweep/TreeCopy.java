package dev.kallsyms.harness.sweep;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Copies a built kernel tree with cp -a: make decides what to rebuild from modification times, and the
 * tree's symlinks and hard links (the wrapper's snapshots) must stay what they are; a plain Java copy would
 * reset the times and make rebuild everything.
 */
final class TreeCopy {
    private TreeCopy() {
    }

    static void copy(Path from, Path to) {
        if (!Files.isDirectory(from)) {
            throw new IllegalArgumentException(from + " is not a built tree");
        }
        try {
            Files.createDirectories(to.getParent());
            // cp -a copies a symlink as a symlink: the copy would be the original tree under another name
            Path real = from.toRealPath();
            Process cp = new ProcessBuilder(List.of("cp", "-a", "--reflink=auto", real.toString(), to.toString()))
                    .redirectErrorStream(true).start();
            String output = new String(cp.getInputStream().readAllBytes());
            if (!cp.waitFor(30, TimeUnit.MINUTES) || cp.exitValue() != 0) {
                throw new IllegalStateException("cp -a " + from + " " + to + " failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted copying " + from, e);
        }
    }
}
