package dev.kallsyms.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Wall times and peak resident set sizes of repeated runs of one program. */
final class Measurement {
    private final List<Double> seconds = new ArrayList<>();
    private long peakRssKb;

    void add(double wallSeconds, long rssKb) {
        seconds.add(wallSeconds);
        peakRssKb = Math.max(peakRssKb, rssKb);
    }

    double median() {
        List<Double> sorted = new ArrayList<>(seconds);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    long peakRssKb() {
        return peakRssKb;
    }
}
