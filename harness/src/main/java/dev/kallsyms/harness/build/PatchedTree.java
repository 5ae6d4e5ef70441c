package dev.kallsyms.harness.build;

import dev.kallsyms.containers.KernelTree;
import dev.kallsyms.debian.host.Directories;
import dev.kallsyms.debian.host.HostTool;
import dev.kallsyms.debian.host.HostTools;
import dev.kallsyms.harness.Patches;
import dev.kallsyms.reference.ProcessRunner;
import dev.kallsyms.reference.ReferenceKallsyms;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * A kernel source tree with a cell's patches applied: a hard-linked copy of the shared tree (seconds, no
 * extra space) in which {@code patch} replaces each file it changes by a new file, so the shared tree's
 * files are never written. Kept beside the shared tree under {@code patched/<tree>+<hash of the patches>},
 * made once and reused by every cell with the same patches; like the shared tree it is mounted read-only.
 */
public final class PatchedTree {
    private PatchedTree() {
    }

    /** A patch that does not apply: the cell's own input is wrong, not the machine. */
    public static final class PatchFailed extends RuntimeException {
        PatchFailed(String message) {
            super(message);
        }
    }

    public static KernelTree apply(KernelTree source, List<String> patches) {
        if (patches.isEmpty()) {
            return source;
        }
        String key = String.join("+", patches.stream().map(p -> Patches.sha256(p).substring(0, 12)).toList());
        Path dir = source.root().getParent().resolve("patched").resolve(source.root().getFileName() + "+" + key);
        if (!Files.isDirectory(dir)) {
            make(source.root(), patches, dir);
        }
        return new KernelTree(dir, source.packageVersion(), source.generation());
    }

    private static void make(Path source, List<String> patches, Path dir) {
        try {
            Files.createDirectories(dir.getParent());
            Path work = Files.createTempDirectory(dir.getParent(), ".work-");
            Path copy = work.resolve("tree");
            HostTools.system().ensure("to apply the cell's --patch files",
                    List.of(new HostTool("patch", "patch")));
            run(List.of("cp", "-al", source.toString(), copy.toString()), null, "cp -al " + source);
            for (String patch : patches) {
                Path file = work.resolve("patch");
                Files.write(file, Patches.bytes(patch));
                ReferenceKallsyms.Result r = ProcessRunner.run(List.of("patch", "-p1", "-N", "-f",
                        "--no-backup-if-mismatch", "-d", copy.toString(), "-i", file.toString()), null);
                if (r.exitCode() != 0) {
                    deleteQuietly(work);
                    throw new PatchFailed("patch " + Patches.name(patch) + " does not apply to "
                            + source.getFileName() + ": " + firstLine(r));
                }
                requireUnshared(copy, text(r.stdout()));
            }
            try {
                Files.move(copy, dir, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | java.nio.file.DirectoryNotEmptyException raced) {
                // another cell made the same tree meanwhile: theirs is as good as ours
            }
            deleteQuietly(work);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file patch touched must be a file of its own now, or the shared tree was written through a link. */
    private static void requireUnshared(Path copy, String patchOutput) throws IOException {
        for (String line : patchOutput.lines().toList()) {
            if (line.startsWith("patching file ")) {
                Path file = copy.resolve(line.substring("patching file ".length()).replace("'", ""));
                if (Files.exists(file) && (int) Files.getAttribute(file, "unix:nlink") != 1) {
                    throw new IllegalStateException("patch wrote " + file + " in place: the shared tree changed");
                }
            }
        }
    }

    private static void run(List<String> command, Path stdin, String what) throws IOException {
        ReferenceKallsyms.Result r = ProcessRunner.run(command, stdin);
        if (r.exitCode() != 0) {
            throw new IOException(what + " failed: " + firstLine(r));
        }
    }

    private static String firstLine(ReferenceKallsyms.Result r) {
        List<String> lines = new ArrayList<>(text(r.stdout()).lines().toList());
        lines.addAll(text(r.stderr()).lines().toList());
        return lines.stream().filter(l -> !l.startsWith("patching file ") && !l.isBlank())
                .findFirst().orElse("exit " + r.exitCode());
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static void deleteQuietly(Path dir) {
        try {
            Directories.delete(dir);
        } catch (IOException ignored) {
            // a leftover work directory is harmless: names are unique and it is never read
        }
    }
}
