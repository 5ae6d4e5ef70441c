package dev.kallsyms.generator.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kallsyms.fixtures.Corpus;
import dev.kallsyms.reference.Comparison;
import dev.kallsyms.reference.ProcessRunner;
import dev.kallsyms.reference.ReferenceKallsyms;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The real launcher, bin/kallsyms, run by bash the way a kernel link or a user runs it: through a pipe, a
 * FIFO, with descriptors closed, onto /dev/full, from a 3 GB sparse file and from /dev/zero. Where the C
 * program finishes, the launcher must give its exact stdout, stderr and status; where the Java deliberately
 * differs (README, "Where the Java differs from the C"), the documented line and status. Needs the packaged
 * jar, hence an integration test.
 */
class LauncherEdgesIT {
    private static final Path LAUNCHER = Path.of("").toAbsolutePath().getParent().resolve("bin/kallsyms");
    private static final String OPTIONS = "--all-symbols";

    @TempDir
    static Path dir;
    private static Path map;
    private static Path warningMap;
    private static Path sparse;
    private static final Map<String, CompletableFuture<ReferenceKallsyms.Result>> SPARSE_RUNS = new HashMap<>();

    @BeforeAll
    static void maps() throws IOException {
        assertTrue(Files.isExecutable(LAUNCHER), LAUNCHER + " missing");
        // the first 3,000 lines of a real map: over 200 kB of output with --all-symbols, more than a pipe holds
        String lines = new String(Corpus.get("vexpress-6.1.192-pass1").bytes(), StandardCharsets.ISO_8859_1);
        int end = 0;
        for (int i = 0; i < 3000; i++) {
            end = lines.indexOf('\n', end) + 1;
        }
        map = Files.writeString(dir.resolve("head.map"), lines.substring(0, end), StandardCharsets.ISO_8859_1);
        // a name too long for every generation's KSYM_NAME_LEN: a warning on stderr
        warningMap = dir.resolve("warning.map");
        Files.copy(map, warningMap);
        Files.writeString(warningMap, "c0008000 t " + "x".repeat(600) + "\n", StandardOpenOption.APPEND);
        sparse = dir.resolve("sparse.map");
        try (RandomAccessFile file = new RandomAccessFile(sparse.toFile(), "rw")) {
            file.setLength(3_000_000_000L);
        }
        // one C at a time: the getline generations hold the whole 3 GB
        ExecutorService oneAtATime = Executors.newSingleThreadExecutor();
        for (String generation : List.of("5.10", "6.1", "6.12", "7.2")) {
            SPARSE_RUNS.put(generation, CompletableFuture.supplyAsync(
                    () -> c(generation, "{prog}" + input(generation, sparse)), oneAtATime));
        }
        oneAtATime.shutdown();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"5.10", "6.1", "6.12", "7.2"})
    void aPipeGivesWhatTheCGives(String generation) {
        GenerationSetup setup = GenerationSetup.of(generation);
        String input = setup.readsStdin() ? "" : " /dev/stdin";
        assertSame(generation, "cat " + q(map) + " | {prog} " + OPTIONS + input);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"5.10", "6.1", "6.12", "7.2"})
    void aFifoGivesWhatTheCGives(String generation) {
        GenerationSetup setup = GenerationSetup.of(generation);
        String input = setup.readsStdin() ? " < \"$f\"" : " \"$f\"";
        assertSame(generation, "f=$(mktemp -u " + q(dir) + "/fifo.XXXXXX) && mkfifo \"$f\" && { cat " + q(map)
                + " > \"$f\" & } && {prog} " + OPTIONS + input + "; s=$?; rm -f \"$f\"; exit $s");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"5.10", "6.1", "6.12", "7.2"})
    void stdoutOnAFullDiskIsOneLineAndStatus3(String generation) {
        ReferenceKallsyms.Result java = java(generation, "{prog} " + OPTIONS + input(generation, map) + " > /dev/full");
        assertLine(java, 5, "kallsyms: cannot write standard output: No space left on device\n");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"5.10", "6.1", "6.12", "7.2"})
    void aClosedStdoutIsOneLineAndStatus3(String generation) {
        ReferenceKallsyms.Result java = java(generation, "{prog} " + OPTIONS + input(generation, map) + " >&-");
        assertLine(java, 5, "kallsyms: cannot write standard output: Bad file descriptor\n");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"5.10", "6.1", "6.12", "7.2"})
    void aPipeClosedEarlyIsOneLineAndTheStatusOfSigpipe(String generation) {
        ReferenceKallsyms.Result java = java(generation,
                "{prog} " + OPTIONS + input(generation, map) + " | head -c10 > /dev/null; exit ${PIPESTATUS[0]}");
        assertLine(java, 141, "kallsyms: cannot write standard output: Broken pipe\n");
    }

    /** The C writes all of stdout and exits 0; the Java writes the same stdout, then fails with status 5. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"5.10", "6.1", "6.12", "7.2"})
    void aClosedStderrUnderAWarningIsStatus3(String generation) {
        String line = "{prog} " + OPTIONS + input(generation, warningMap) + " 2>&-";
        ReferenceKallsyms.Result c = c(generation, line);
        ReferenceKallsyms.Result java = java(generation, line);
        assertEquals(0, c.exitCode(), "the C's status");
        assertEquals(5, java.exitCode(), "the Java's status");
        assertTrue(java.stdout().length > 0 && java.stdout().length == c.stdout().length
                && java.stderr().length == 0, "stdout as the C's, nothing else");
    }

    /**
     * 5.10 reads the map on stdin: closed, the C reads EBADF for ever; the launcher stops at once with the
     * line the directory case gives. The later generations take a path and do not care.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"5.10", "6.1", "6.12", "7.2"})
    void aClosedStdin(String generation) {
        GenerationSetup setup = GenerationSetup.of(generation);
        if (!setup.readsStdin()) {
            assertSame(generation, "{prog} " + OPTIONS + " " + q(map) + " <&-");
            return;
        }
        ReferenceKallsyms.Result c = c(generation, "timeout 3 {prog} " + OPTIONS + " <&-");
        assertEquals(124, c.exitCode(), "the C is still reading after 3 s");
        assertLine(java(generation, "{prog} " + OPTIONS + " <&-"), 1,
                "kallsyms: cannot read standard input: Bad file descriptor (the C program would loop forever)\n");
    }

    /**
     * A 3 GB sparse file of NULs, more than a Java array holds: 5.10 and 6.1 read it 499/2048 bytes at a
     * time ("No valid symbol."), 6.12 and 7.2 hold it as one 3 GB line ("line format error"). The C runs of
     * all generations were started together, one after the other, when the class started.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"5.10", "6.1", "6.12", "7.2"})
    void aThreeGigabyteSparseFileGivesWhatTheCGives(String generation) {
        String line = "{prog}" + input(generation, sparse);
        ReferenceKallsyms.Result java = java(generation, line);
        ReferenceKallsyms.Result c = SPARSE_RUNS.get(generation).join();
        Comparison comparison = Comparison.of("generation " + generation + ": " + line, c, java);
        assertTrue(comparison.identical(), comparison::report);
        assertEquals(1, c.exitCode(), "the C's status");
        assertTrue(java.elapsed().toSeconds() < 60, "took " + java.elapsed());
    }

    /**
     * /dev/zero, one endless line. 6.12 and 7.2 fail in getline with ENOMEM (the C here under a 1 GB address
     * space limit, to get there in a second instead of at the machine's limit): the Java gives the same after
     * 4 GiB. 5.10 and 6.1 read it for ever; the Java stops after 4 GiB with one line.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"5.10", "6.1", "6.12", "7.2"})
    void devZero(String generation) {
        String line = "{prog}" + input(generation, Path.of("/dev/zero"));
        ReferenceKallsyms.Result java = java(generation, line);
        if (GenerationSetup.of(generation).readsStdin() || generation.equals("6.1")) {
            assertEquals(124, c(generation, "timeout 3 " + line).exitCode(), "the C is still reading after 3 s");
            String name = generation.equals("5.10") ? "standard input" : "/dev/zero";
            assertLine(java, 1, "kallsyms: cannot read " + name
                    + ": a line longer than the generator holds (the C program would read on)\n");
            return;
        }
        ReferenceKallsyms.Result c = c(generation, "ulimit -v 1000000; " + line);
        Comparison comparison = Comparison.of("generation " + generation + ": " + line, c, java);
        assertTrue(comparison.identical(), comparison::report);
        assertEquals("read_symbol: Cannot allocate memory\n", new String(c.stderr(), StandardCharsets.UTF_8));
    }

    private static void assertSame(String generation, String line) {
        ReferenceKallsyms.Result c = c(generation, line);
        ReferenceKallsyms.Result java = java(generation, line);
        Comparison comparison = Comparison.of("generation " + generation + ": " + line, c, java);
        assertTrue(comparison.identical(), comparison::report);
        assertTrue(c.stdout().length > 0 || c.exitCode() != 0, "the case ran: " + line);
    }

    private static void assertLine(ReferenceKallsyms.Result java, int status, String stderr) {
        assertEquals(stderr, new String(java.stderr(), StandardCharsets.UTF_8));
        assertEquals(status, java.exitCode(), "status");
    }

    private static String input(String generation, Path file) {
        return GenerationSetup.of(generation).readsStdin() ? " < " + q(file) : " " + q(file);
    }

    static ReferenceKallsyms.Result c(String generation, String line) {
        return shell(line.replace("{prog}", q(ReferenceKallsyms.forGeneration(generation).binary())));
    }

    /**
     * The launcher without writing its class-data archive: the first run after a build writes it with the
     * classes that run loaded, and an edge case's few classes would then slow every later normal run.
     */
    static ReferenceKallsyms.Result java(String generation, String line) {
        String launcher = "env KALLSYMS_NO_CDS=1 " + q(LAUNCHER) + " --kernel-version " + generation;
        return shell(line.replace("{prog}", launcher));
    }

    /** Runs one bash command line (stdin /dev/null unless it says otherwise); a Java run gets 3 minutes. */
    static ReferenceKallsyms.Result shell(String line) {
        try {
            return ProcessRunner.run(List.of("timeout", "180", "bash", "-c", line), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String q(Path path) {
        return "'" + path.toString().replace("'", "'\\''") + "'";
    }
}
