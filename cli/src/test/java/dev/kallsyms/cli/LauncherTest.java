package dev.kallsyms.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

class LauncherTest {
    static final class EngineGone extends RuntimeException {
        EngineGone(String message) {
            super(message);
        }
    }

    @Command(name = "tool")
    static final class Tool implements Callable<Integer> {
        @Option(names = "--throw")
        String what = "none";

        @Option(names = "--jobs")
        int jobs = 1;

        @Mixin
        VerboseOption verbose;

        @Override
        public Integer call() {
            Inputs.atLeastOne("--jobs", jobs);
            switch (what) {
                case "bug" -> throw new NullPointerException("cell was null");
                case "engine" -> throw new IllegalStateException("wrapped", new EngineGone("docker is gone"));
                case "io" -> throw new UncheckedIOException(new NoSuchFileException("/results/x"));
                default -> {
                    return 0;
                }
            }
        }
    }

    private record Outcome(int status, List<String> lines) {
    }

    private static Outcome run(String... args) {
        StringWriter err = new StringWriter();
        int status = new Launcher().classify(EngineGone.class, ExitCode.INFRA).commandLine(new Tool())
                .setErr(new PrintWriter(err, true)).execute(args);
        return new Outcome(status, err.toString().lines().toList());
    }

    @Test
    void aBugIsAHarnessErrorInOneLineNamingWhereItWasThrown() {
        Outcome o = run("--throw", "bug");
        assertEquals(ExitCode.HARNESS_ERROR.code(), o.status());
        assertEquals(1, o.lines().size(), o.lines().toString());
        assertTrue(o.lines().get(0).matches("tool: internal error, a bug to report: NullPointerException: cell was "
                + "null at LauncherTest\\$Tool\\.call\\(LauncherTest\\.java:\\d+\\) \\(--verbose prints the stack "
                + "trace\\)"), o.lines().get(0));
    }

    @Test
    void verbosePrintsTheStackTrace() {
        Outcome o = run("--throw", "bug", "--verbose");
        assertEquals(ExitCode.HARNESS_ERROR.code(), o.status());
        assertTrue(o.lines().size() > 3 && o.lines().get(2).strip().startsWith("at "), o.lines().toString());
    }

    @Test
    void aClassifiedCauseGivesItsStatus() {
        assertEquals(new Outcome(ExitCode.INFRA.code(), List.of("tool: INFRA: wrapped")), run("--throw", "engine"));
        assertEquals(new Outcome(ExitCode.INFRA.code(), List.of("tool: INFRA: no such file: /results/x")),
                run("--throw", "io"));
    }

    @Test
    void badValuesAndBadOptionsAreUsageErrors() {
        assertEquals(new Outcome(ExitCode.USAGE.code(), List.of("tool: --jobs must be at least 1, not 0")),
                run("--jobs", "0"));
        assertEquals(new Outcome(ExitCode.USAGE.code(), List.of("tool: Unknown option: '--jbos' (see tool --help)")),
                run("--jbos"));
        assertEquals(new Outcome(ExitCode.USAGE.code(), List.of("tool: Invalid value for option '--jobs': 'x' is "
                + "not an int (see tool --help)")), run("--jobs", "x"));
    }

    @Test
    void helpEndsWithTheTable() {
        String help = new Launcher().commandLine(new Tool()).getUsageMessage();
        for (ExitCode c : ExitCode.values()) {
            assertTrue(help.contains(c.code() + "   " + c.name() + ": "), help);
        }
    }
}
