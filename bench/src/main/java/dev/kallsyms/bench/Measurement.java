package dev.kallsyms.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Wall times and peak resident set sizes of repeated runs of one program. */
final class Measurement {
    private final List<Double> seconds = new ArrayList<>();
    private final List<Double> cpuSeconds = new ArrayList<>();
    private long peakRssKb;

    void add(double wallSeconds, double cpu, long rssKb) {
        seconds.add(wallSeconds);
        cpuSeconds.add(cpu);
        peakRssKb = Math.max(peakRssKb, rssKb);
    }

    /** Median wall time. */
    double median() {
        return median(seconds);
    }

    /** Median CPU time (user + system, all threads): what a busy machine cannot inflate. */
    double cpuMedian() {
        return median(cpuSeconds);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    long peakRssKb() {
        return peakRssKb;
    }
}
