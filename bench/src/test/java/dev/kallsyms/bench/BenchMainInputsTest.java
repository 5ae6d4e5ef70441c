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
        assertEquals(new Outcome(2, List.of("bench: --launcher /nonexistent/kallsyms: no such file (looked for "
                + "/nonexistent/kallsyms)")), bench("--launcher", "/nonexistent/kallsyms"));
        assertEquals(new Outcome(2, List.of("bench: unknown --scenario nosuch (known: vexpress-64k, armmp-137k-all)")),
                bench("--launcher", "/bin/true", "--scenario", "nosuch"));
        assertEquals(new Outcome(2, List.of("bench: Unknown option: '--rnus' (see bench --help)")), bench("--rnus"));
    }
}
