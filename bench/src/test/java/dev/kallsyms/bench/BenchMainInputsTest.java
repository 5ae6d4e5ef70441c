package dev.kallsyms.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** bin/bench refuses bad input before timing anything: exit status 2 (the README's table) and one line. */
class BenchMainInputsTest {
    private record Outcome(int status, List<String> lines) {
    }

    private static Outcome bench(String... args) {
        StringWriter err = new StringWriter();
        CommandLine line = BenchMain.commandLine();
        line.setErr(new PrintWriter(err, true));
        line.setOut(new PrintWriter(new StringWriter(), true));
        return new Outcome(line.execute(args), err.toString().lines().toList());
    }

    @Test
    void badValuesAreRefusedInOneLine() {
        assertEquals(new Outcome(2, List.of("bench: --runs must be at least 1, not 0")), bench("--runs", "0"));
        assertEquals(new Outcome(2, List.of("bench: --large-runs must be at least 1, not 0")),
                bench("--large-runs", "0"));
        assertEquals(new Outcome(2, List.of("bench: --launcher /nonexistent/kallsyms: no such file (looked for "
                + "/nonexistent/kallsyms)")), bench("--launcher", "/nonexistent/kallsyms"));
        assertEquals(new Outcome(2, List.of("bench: unknown --scenario nosuch (known: vexpress-64k-5.10, "
                + "armmp-133k-all-5.10, arm64-106k-all-5.10, vexpress-64k-6.1, armmp-137k-all-6.1, vexpress-64k-6.12, "
                + "armmp-137k-all-6.12, arm64-106k-all-6.12, vexpress-64k-7.2, armmp-137k-all-7.2, arm64-106k-all-7.2, "
                + "synthetic-2m-all-5.10, synthetic-2m-all-6.1, synthetic-2m-all-6.12, synthetic-2m-all-7.2)")),
                bench("--launcher", "/bin/true", "--scenario", "nosuch"));
        assertEquals(new Outcome(2, List.of("bench: Unknown option: '--rnus' (see bench --help)")), bench("--rnus"));
    }
}
