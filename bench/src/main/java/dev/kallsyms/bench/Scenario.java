package dev.kallsyms.bench;

import java.util.List;
import java.util.OptionalDouble;

/**
 * One timed comparison: a map (a corpus entry or {@code synthetic:N}), the generation and options to run it with,
 * and the Java/C ratios we aim for (wall time, peak RSS; empty when the scenario has no such goal).
 */
record Scenario(String name, String map, String generation, List<String> options, OptionalDouble wallGoal,
        OptionalDouble rssGoal) {
    private static final String SYNTHETIC = "synthetic:";

    /** Parses one line of scenarios.txt: name | map | generation | options | wall goal | RSS goal. */
    static Scenario parse(String line) {
        String[] f = line.split("\\|", -1);
        List<String> options = f[3].isBlank() ? List.of() : List.of(f[3].strip().split("\\s+"));
        return new Scenario(f[0].strip(), f[1].strip(), f[2].strip(), options, goal(f[4]), goal(f[5]));
    }

    private static OptionalDouble goal(String field) {
        return field.strip().equals("-") ? OptionalDouble.empty() : OptionalDouble.of(Double.parseDouble(field.strip()));
    }

    /** A generated map: too slow for a default run, it runs with --all or when named. */
    boolean synthetic() {
        return map.startsWith(SYNTHETIC);
    }

    int syntheticSymbols() {
        return Integer.parseInt(map.substring(SYNTHETIC.length()));
    }
}
