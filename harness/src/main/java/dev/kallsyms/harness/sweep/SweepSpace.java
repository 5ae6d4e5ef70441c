package dev.kallsyms.harness.sweep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values each dimension takes. One at a time (default): the baseline, then each value of each dimension
 * alone. As a product: every combination. The order is fixed (dimensions in declaration order, values as
 * given), so every machine computes the same list and {@link Shard} can split it by index.
 */
public record SweepSpace(Map<Dimension, List<String>> values, boolean product) {
    public SweepSpace {
        Map<Dimension, List<String>> copy = new LinkedHashMap<>();
        for (Dimension d : Dimension.values()) {
            if (values.containsKey(d) && !values.get(d).isEmpty()) {
                copy.put(d, List.copyOf(values.get(d)));
            }
        }
        values = java.util.Collections.unmodifiableMap(copy);
    }

    public List<SweepPoint> points() {
        List<SweepPoint> points = new ArrayList<>();
        if (product) {
            points.add(SweepPoint.baseline());
            for (Map.Entry<Dimension, List<String>> e : values.entrySet()) {
                List<SweepPoint> next = new ArrayList<>();
                for (SweepPoint p : points) {
                    next.add(p);
                    for (String v : e.getValue()) {
                        next.add(p.with(e.getKey().key(), v));
                    }
                }
                points = next;
            }
            return points.stream().distinct().toList();
        }
        List<SweepPoint> single = new ArrayList<>(List.of(SweepPoint.baseline()));
        values.forEach((d, vs) -> vs.forEach(v -> single.add(SweepPoint.baseline().with(d.key(), v))));
        return single.stream().distinct().toList();
    }

    /** "host: 1,8,32; padding: 0,16" for reports. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        values.forEach((d, vs) -> parts.add(d.key() + ": " + String.join(",", vs)));
        return String.join("; ", parts) + (product ? " (product)" : " (one at a time)");
    }
}
