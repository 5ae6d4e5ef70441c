package dev.kallsyms.bench;

import java.util.Locale;

/** One scenario's medians and peaks, and whether its goals were met; prints itself as a row of the table. */
record Result(Scenario scenario, long lines, Measurement c, Measurement java, boolean identical) {
    static final String HEADER = String.format(Locale.ROOT, "%-22s %-4s %-29s %9s | %8s %8s %-13s %6s | %8s %8s %-12s | %s",
            "scenario", "gen", "options", "lines", "C wall", "Java wall", "wall J/C", "CPU J/C", "C RSS", "Java RSS",
            "RSS J/C", "result");

    double wallRatio() {
        return java.median() / c.median();
    }

    double rssRatio() {
        return (double) java.peakRssKb() / c.peakRssKb();
    }

    boolean fastEnough() {
        return scenario.wallGoal().isEmpty() || wallRatio() <= scenario.wallGoal().getAsDouble();
    }

    boolean smallEnough() {
        return scenario.rssGoal().isEmpty() || rssRatio() <= scenario.rssGoal().getAsDouble();
    }

    String row() {
        String result = !identical ? "OUTPUTS DIFFER" : fastEnough() && smallEnough() ? "met" : "MISSED";
        return String.format(Locale.ROOT, "%-22s %-4s %-29s %,9d | %7.3fs %8.3fs %-13s %6.2f  | %6dMB %6dMB %-12s | %s",
                scenario.name(), scenario.generation(), String.join(" ", scenario.options()), lines, c.median(),
                java.median(), ratio(wallRatio(), scenario.wallGoal()), java.cpuMedian() / c.cpuMedian(),
                c.peakRssKb() / 1024, java.peakRssKb() / 1024, ratio(rssRatio(), scenario.rssGoal()), result);
    }

    private static String ratio(double value, java.util.OptionalDouble goal) {
        return goal.isEmpty() ? String.format(Locale.ROOT, "%.2f", value)
                : String.format(Locale.ROOT, "%.2f (<=%.1f)", value, goal.getAsDouble());
    }
}
