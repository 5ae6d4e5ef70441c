package dev.kallsyms.harness.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Shrinks a failing point: drops every setting whose removal still fails, then bisects each numeric setting
 * between 0 (not tried) and its value for the smallest value that still fails, within a budget of relinks.
 * Bisection assumes the failure stays once a value is large enough; layouts are periodic in alignment, so the
 * answer is a smallest failing value found, not necessarily the smallest there is.
 */
public final class Minimiser {
    private final Predicate<SweepPoint> fails;
    private final int budget;
    private final List<String> trail = new ArrayList<>();
    private int runs;

    /** @param fails relinks a point and says whether it still fails */
    public Minimiser(Predicate<SweepPoint> fails, int budget) {
        this.fails = fails;
        this.budget = budget;
    }

    public record Outcome(SweepPoint start, SweepPoint smallest, boolean reproduced, int runs, List<String> trail) {
    }

    public Outcome minimise(SweepPoint start) {
        if (!test(start)) {
            return new Outcome(start, start, false, runs, trail);
        }
        SweepPoint current = start;
        for (String key : List.copyOf(start.settings().keySet())) {
            SweepPoint fewer = current.without(key);
            if (runs < budget && test(fewer)) {
                current = fewer;
            }
        }
        for (String key : List.copyOf(current.settings().keySet())) {
            if (Dimension.byKey(key).numeric()) {
                current = bisect(current, key);
            }
        }
        return new Outcome(start, current, true, runs, trail);
    }

    private SweepPoint bisect(SweepPoint point, String key) {
        long failing = Long.parseLong(point.settings().get(key));
        long lo = 0;
        while (failing - lo > 1 && runs < budget) {
            long mid = lo + (failing - lo) / 2;
            if (test(point.with(key, Long.toString(mid)))) {
                failing = mid;
            } else {
                lo = mid;
            }
        }
        return point.with(key, Long.toString(failing));
    }

    private boolean test(SweepPoint p) {
        runs++;
        boolean result = fails.test(p);
        trail.add(p.id() + ": " + (result ? "fails" : "passes"));
        return result;
    }
}
