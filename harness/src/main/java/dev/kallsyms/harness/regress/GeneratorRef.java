package dev.kallsyms.harness.regress;

import dev.kallsyms.cli.BadInputException;
import dev.kallsyms.cli.Inputs;
import dev.kallsyms.debian.host.Directories;
import dev.kallsyms.harness.FileDigests;
import dev.kallsyms.reference.ProcessRunner;
import dev.kallsyms.reference.ReferenceKallsyms;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * A generator to regression-test, as given on the command line: a generator jar, or a git revision of this
 * repository, whose generator is built (mvn package, never install) in a temporary checkout made with
 * {@code git archive}, so the shared repository gets no worktree entry and nothing is left behind when the run
 * is killed. The third form of a REF, a changed scripts/kallsyms.c, is {@link CPatch}.
 *
 * @param ref      what was given
 * @param revision the commit a revision resolved to, null for a jar
 * @param jar      the jar the run uses (a copy under the regress root)
 * @param sha256   of that jar
 */
public record GeneratorRef(String ref, String revision, Path jar, String sha256) {
    /** One line for reports: "HEAD~1 = 1a2b3c4d..., kallsyms.jar sha256 5e6f...". */
    public String describe() {
        return (revision == null ? ref : ref + " = commit " + revision) + ", jar sha256 " + sha256;
    }

    /**
     * @param home  the checkout bin/harness runs from (its git repository resolves revisions)
     * @param work  where the jar copy, the build log and the temporary checkout go
     * @param label "baseline" or "candidate": the option's name and the files' names
     */
    public static GeneratorRef resolve(String ref, Path home, Path work, String label) {
        try {
            Files.createDirectories(work);
            Path jar = work.resolve(label + ".jar");
            Path given = Path.of(ref);
            if (ref.endsWith(".jar") || Files.isRegularFile(given)) {
                Files.copy(Inputs.existingFile("--" + label, given), jar, StandardCopyOption.REPLACE_EXISTING);
                return new GeneratorRef(ref, null, jar, FileDigests.of(jar, jar.getFileName().toString()).sha256());
            }
            String commit = commit(ref, home, label);
            build(commit, home, work.resolve(label + "-src"), work.resolve(label + "-build.log"), jar, label);
            return new GeneratorRef(ref, commit, jar, FileDigests.of(jar, jar.getFileName().toString()).sha256());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String commit(String ref, Path home, String label) throws IOException {
        ReferenceKallsyms.Result r = ProcessRunner.run(List.of("git", "-C", home.toString(), "rev-parse",
                "--verify", "--quiet", ref + "^{commit}"), null);
        if (r.exitCode() != 0) {
            throw new BadInputException("--" + label + " " + ref + ": neither a jar file nor a revision of the "
                    + "repository at " + home);
        }
        return new String(r.stdout(), StandardCharsets.UTF_8).trim();
    }

    private static void build(String commit, Path home, Path src, Path log, Path jar, String label)
            throws IOException {
        Directories.delete(src);
        Files.createDirectories(src);
        Path tar = src.resolveSibling(src.getFileName() + ".tar");
        try {
            String what = "--" + label + " " + commit;
            step(what, List.of("git", "-C", home.toString(), "archive", "--format=tar", "-o", tar.toString(), commit),
                    log);
            step(what, List.of("tar", "-xf", tar.toString(), "-C", src.toString()), log);
            step(what, List.of("mvn", "-q", "-B", "-DskipTests", "-f", src.resolve("pom.xml").toString(), "package",
                    "-pl", "generator", "-am"), log);
            Files.copy(src.resolve("generator/target/kallsyms.jar"), jar, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tar);
            Directories.delete(src);
        }
    }

    /** Runs one command; its output goes to the log, and a failure ends the run in one line naming it. */
    private static void step(String what, List<String> command, Path log) throws IOException {
        ReferenceKallsyms.Result r = ProcessRunner.run(command, null);
        Files.write(log, ("$ " + String.join(" ", command) + "\n").getBytes(StandardCharsets.UTF_8),
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        Files.write(log, r.stdout(), java.nio.file.StandardOpenOption.APPEND);
        Files.write(log, r.stderr(), java.nio.file.StandardOpenOption.APPEND);
        if (r.exitCode() != 0) {
            // the revision given does not build: the input's fault, not the harness's
            throw new BadInputException(what + ": " + command.get(0) + " exited with " + r.exitCode() + " (see "
                    + log + ")");
        }
    }
}
