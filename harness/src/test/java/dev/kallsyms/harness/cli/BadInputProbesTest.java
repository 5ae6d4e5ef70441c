package dev.kallsyms.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kallsyms.harness.Samples;
import dev.kallsyms.harness.Verdict;
import dev.kallsyms.harness.report.MetadataJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Every probe of issue 10 (bad input, and the 17 cases that ended in a stack trace), run in process through
 * bin/harness's own command line: each ends with its exit status and exactly one line on standard error, before
 * any image, tree or container work. The statuses are written as numbers on purpose: they are the README's
 * table, which scripts rely on (ExitCodeTableTest ties the numbers to the enum).
 */
class BadInputProbesTest {
    private static final int USAGE = 2;

    @TempDir
    Path dir;
    private Path jar;
    private Path file;

    /** A run option that is valid, so that only the probed value can be wrong; no jar, so nothing can start. */
    private static final String NO_JAR = "/nonexistent/kallsyms.jar";

    @BeforeEach
    void files() throws IOException {
        jar = Files.writeString(dir.resolve("kallsyms.jar"), "");
        file = Files.writeString(dir.resolve("a-file"), "text\n");
    }

    private record Outcome(int status, String err) {
        List<String> lines() {
            return err.lines().toList();
        }
    }

    private static Outcome harness(String... args) {
        StringWriter err = new StringWriter();
        CommandLine line = HarnessMain.commandLine();
        line.setErr(new PrintWriter(err, true));
        line.setOut(new PrintWriter(new StringWriter(), true));
        return new Outcome(line.execute(args), err.toString());
    }

    private static void assertRefused(int status, String message, Outcome o) {
        assertEquals(List.of(message), o.lines(), "one line, no stack trace");
        assertEquals(status, o.status(), o.err());
    }

    private static void assertRefusedStartingWith(int status, String start, Outcome o) {
        assertEquals(1, o.lines().size(), "one line, no stack trace:\n" + o.err());
        assertTrue(o.lines().get(0).startsWith(start), o.err());
        assertEquals(status, o.status(), o.err());
    }

    private static String[] run(String... more) {
        List<String> args = new ArrayList<>(List.of("run", "--kernel", "6.1", "--toolchain", "gcc-12",
                "--defconfig", "tinyconfig", "--generator-jar", NO_JAR));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    private static String[] cell(String kernel, String toolchain, String... more) {
        List<String> args = new ArrayList<>(List.of("run", "--kernel", kernel, "--toolchain", toolchain,
                "--defconfig", "tinyconfig"));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    // item 3: inputs checked before any work, naming the known values

    @Test
    void unknownToolchainListsTheKnownOnes() {
        assertRefused(USAGE, "harness run: unknown --toolchain gcc-99 (known: gcc-10, gcc-12, gcc-14, gcc-sid, clang, "
                + "clang-15, clang-16, clang-19, clang-sid)",
                harness(cell("6.1", "gcc-99", "--generator-jar", NO_JAR)));
    }

    @Test
    void unknownKernelListsTheGenerationsNotAResourcePath() {
        assertRefused(USAGE, "harness run: unknown --kernel 4.4 (known: 5.10, 6.1, 6.12, 7.2)",
                harness(cell("4.4", "gcc-12", "--generator-jar", NO_JAR)));
    }

    @Test
    void missingFragmentFileSaysWhereItWasLookedFor() {
        assertRefused(USAGE, "harness run: --kconfig-add /nonexistent/frag.config: neither CONFIG_X=value nor an "
                + "existing fragment file (looked for /nonexistent/frag.config)",
                harness(run("--kconfig-add", "/nonexistent/frag.config")));
    }

    @Test
    void settingWithoutValueIsRefused() {
        assertRefused(USAGE, "harness run: --kconfig-add CONFIG_FOO: a setting needs a value (CONFIG_FOO=y, "
                + "CONFIG_FOO=m, CONFIG_FOO=\"text\"), or \"# CONFIG_FOO is not set\"",
                harness(run("--kconfig-add", "CONFIG_FOO")));
    }

    @Test
    void fragmentFileWithAGarbageLineIsRefused() throws IOException {
        Path fragment = Files.writeString(dir.resolve("frag.config"), "CONFIG_KALLSYMS=y\nKALLSYMS on please\n");
        assertRefused(USAGE, "harness run: --kconfig-add " + fragment + ": line 2 'KALLSYMS on please' is neither "
                + "CONFIG_X=value, \"# CONFIG_X is not set\" nor a comment",
                harness(run("--kconfig-add", fragment.toString())));
    }

    @Test
    void jobsBelowOneIsRefused() {
        assertRefused(USAGE, "harness run: --jobs must be at least 1, not 0", harness(run("--jobs", "0")));
        assertRefused(USAGE, "harness run: --jobs must be at least 1, not -1", harness(run("--jobs", "-1")));
    }

    @Test
    void parallelBelowOneIsRefused() {
        assertRefused(USAGE, "harness matrix: --parallel must be at least 1, not 0",
                harness("matrix", "--parallel", "0", "--generator-jar", NO_JAR));
        assertRefused(USAGE, "harness matrix: --parallel must be at least 1, not -1",
                harness("matrix", "--parallel", "-1", "--generator-jar", NO_JAR));
    }

    @Test
    void garbageMatrixLineNamesTheFileAndLine() throws IOException {
        Path matrix = Files.writeString(dir.resolve("m.matrix"),
                "# cells\n--kernel 6.1 --toolchain gcc-12 --defconfig tinyconfig\nthis is not a cell\n");
        assertRefused(USAGE, "harness matrix: " + matrix + ":3: Missing required options: '--kernel=GEN', "
                + "'--toolchain=ID', '--defconfig=TARGET'", harness("matrix", "--list", "--file", matrix.toString()));
    }

    @Test
    void matrixLineWithAnUnknownToolchainNamesTheFileAndLine() throws IOException {
        Path matrix = Files.writeString(dir.resolve("m.matrix"), "--kernel 6.1 --toolchain gcc-99 --defconfig tinyconfig\n");
        assertRefused(USAGE, "harness matrix: " + matrix + ":1: unknown --toolchain gcc-99 (known: gcc-10, gcc-12, "
                + "gcc-14, gcc-sid, clang, clang-15, clang-16, clang-19, clang-sid)", harness("matrix", "--list", "--file", matrix.toString()));
    }

    @Test
    void missingMatrixFileSaysWhereItWasLookedFor() {
        Path missing = dir.resolve("missing.matrix");
        assertRefused(USAGE, "harness matrix: matrix file " + missing + ": no such file (looked for " + missing + ")",
                harness("matrix", "--file", missing.toString(), "--generator-jar", NO_JAR));
    }

    // item 4: no stack traces

    @Test
    void outputThatIsAFile() {
        assertRefused(USAGE, "harness run: --output " + file + " is a file, not a directory",
                harness(cell("6.1", "gcc-12", "--generator-jar", jar.toString(), "--output", file.toString())));
    }

    @Test
    void outputUnderAFile() {
        Path under = file.resolve("results");
        assertRefused(USAGE, "harness run: --output " + under + ": " + file + " is a file, not a directory",
                harness(cell("6.1", "gcc-12", "--generator-jar", jar.toString(), "--output", under.toString())));
    }

    @Test
    void outputThatCannotBeMade() {
        assertRefusedStartingWith(USAGE, "harness run: --output /proc/x: cannot make the directory (",
                harness(cell("6.1", "gcc-12", "--generator-jar", jar.toString(), "--output", "/proc/x")));
    }

    @Test
    void diagnoseOnAMissingDirectory() {
        Path missing = dir.resolve("none");
        assertRefused(USAGE, "harness diagnose: cell directory " + missing + ": no such directory (looked for "
                + missing + ")", harness("diagnose", missing.toString()));
    }

    @Test
    void diagnoseOnAnEmptyDirectory() throws IOException {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        assertRefused(USAGE, "harness diagnose: " + empty + " has no metadata.json (not a cell results directory)",
                harness("diagnose", empty.toString()));
    }

    @Test
    void diagnoseOnAFile() {
        assertRefused(USAGE, "harness diagnose: cell directory " + file + " is a file, not a directory",
                harness("diagnose", file.toString()));
    }

    @Test
    void reportOnAMissingOrEmptyDirectory() throws IOException {
        Path missing = dir.resolve("none");
        assertRefused(USAGE, "harness report: results directory " + missing + ": no such directory (looked for "
                + missing + ")", harness("report", missing.toString()));
        Path empty = Files.createDirectory(dir.resolve("no-results"));
        assertRefused(USAGE, "harness report: " + empty + " holds no cell results (no metadata.json, no sweep.json)",
                harness("report", empty.toString()));
    }

    @Test
    void regressRefusesAGeneratorJarOptionAndARefThatIsNeitherJarNorRevision() {
        String out = dir.resolve("regress").toString();
        assertRefused(USAGE, "harness regress: --generator-jar: regress takes its generators from --baseline and "
                + "--candidate", harness("regress", "--baseline", "HEAD", "--candidate", "HEAD", "--generator-jar",
                jar.toString(), "--output", out));
        assertRefusedStartingWith(USAGE, "harness regress: --baseline no-such-ref-xyz: neither a jar file nor a "
                + "revision", harness("regress", "--baseline", "no-such-ref-xyz", "--candidate", "HEAD", "--output",
                out));
        assertRefusedStartingWith(USAGE, "harness regress: --candidate c-patch:" + dir.resolve("none.patch")
                + ": patch file not found", harness("regress", "--baseline", "HEAD", "--candidate", "c-patch:"
                + dir.resolve("none.patch"), "--output", out));
    }

    @Test
    void sweepMergeOnGarbageJson() throws IOException {
        Path shard = shard("garbage{");
        assertRefusedStartingWith(USAGE, "harness sweep-merge: " + shard.resolve("sweep.json")
                + " is not a sweep report (Unrecognized token 'garbage'",
                harness("sweep-merge", "--output", dir.resolve("merged").toString(), shard.toString()));
    }

    @Test
    void sweepMergeOnJsonOfTheWrongShape() throws IOException {
        Path array = shard("[1, 2]");
        assertRefusedStartingWith(USAGE, "harness sweep-merge: " + array.resolve("sweep.json")
                + " is not a sweep report (Cannot deserialize value of type",
                harness("sweep-merge", "--output", dir.resolve("merged").toString(), array.toString()));
        Path object = shard("{\"kind\": \"sweep\", \"totalPoints\": 3}");
        assertRefused(USAGE, "harness sweep-merge: " + object.resolve("sweep.json") + " is not a sweep report (no "
                + "base cell, shard or points in it)",
                harness("sweep-merge", "--output", dir.resolve("merged").toString(), object.toString()));
    }

    @Test
    void sweepMergeWithoutSweepJson() throws IOException {
        Path empty = Files.createDirectory(dir.resolve("shard"));
        assertRefused(USAGE, "harness sweep-merge: " + empty + " has no sweep.json (not the output directory of a "
                + "sweep)", harness("sweep-merge", "--output", dir.resolve("merged").toString(), empty.toString()));
    }

    @Test
    void gateOnAMissingDirectory() {
        Path missing = dir.resolve("results");
        assertRefused(USAGE, "harness gate: results directory " + missing + ": no such directory (looked for "
                + missing + ")", harness("gate", missing.toString()));
    }

    @Test
    void garbageMetadataJsonForGateDiagnoseAndReadback() throws IOException {
        Path cell = Files.createDirectory(dir.resolve("cell"));
        Files.writeString(cell.resolve("metadata.json"), "{ not json");
        String message = cell.resolve("metadata.json") + " is not a cell's metadata.json (";
        assertRefusedStartingWith(USAGE, "harness gate: " + message, harness("gate", cell.toString()));
        assertRefusedStartingWith(USAGE, "harness diagnose: " + message, harness("diagnose", cell.toString()));
        assertRefusedStartingWith(USAGE, "harness readback: " + message, harness("readback", cell.toString()));
    }

    @Test
    void gateRefusesAGarbageSweepJsonInsteadOfFindingNoCells() throws IOException {
        Path sweep = shard("garbage{");
        assertRefusedStartingWith(USAGE, "harness gate: " + sweep.resolve("sweep.json") + " is not a sweep report (",
                harness("gate", sweep.toString()));
    }

    @Test
    void diagnoseOnAFileThatIsNotElf() {
        assertRefused(USAGE, "harness diagnose: cannot read " + file + ": " + file + ": not an ELF file",
                harness("diagnose", "--elf", file.toString(), "--elf", file.toString()));
    }

    @Test
    void sweepValuesThatCouldOnlyFailAtTheRelinkAreRefused() {
        assertRefused(USAGE, "harness sweep: padding takes whole numbers of 0 or more, not 'x'", harness("sweep",
                "--kernel", "6.1", "--toolchain", "gcc-12", "--defconfig", "tinyconfig", "--padding", "0,x", "--list"));
        assertRefused(USAGE, "harness repeat: unknown --set key hots (known: host, user, localversion, timestamp, "
                + "padding, extra-pass, empty-percpu)", harness("repeat", "--kernel", "6.1", "--toolchain", "gcc-12",
                "--defconfig", "tinyconfig", "--times", "1", "--set", "hots=8", "--generator-jar", NO_JAR));
        assertRefused(USAGE, "harness minimise: host takes whole numbers of 0 or more, not '-1'", harness("minimise",
                "--kernel", "6.1", "--toolchain", "gcc-12", "--defconfig", "tinyconfig", "--set", "host=-1",
                "--generator-jar", NO_JAR));
    }

    // item 5: a typo in the gate's command line is a usage error, never a generator mismatch

    @Test
    void gateCommandLineTypoIsAUsageError() throws IOException {
        Path cell = Files.createDirectory(dir.resolve("cell"));
        MetadataJson.write(Samples.result(Verdict.PASS, List.of(), List.of(), null), cell);
        assertRefused(USAGE, "harness gate: Unknown option: '--infra-onyl' (did you mean --infra-only? see harness gate --help)",
                harness("gate", "--infra-onyl", cell.toString()));
        assertRefused(USAGE, "harness gate: Missing required parameter: 'DIR' (see harness gate --help)",
                harness("gate"));
    }

    private Path shard(String json) throws IOException {
        Path shard = Files.createDirectories(dir.resolve("shard-" + json.hashCode()));
        Files.writeString(shard.resolve("sweep.json"), json);
        return shard;
    }
}
