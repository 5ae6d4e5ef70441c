package dev.kallsyms.harness.sweep;

import dev.kallsyms.harness.Cell;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One point of a sweep: the perturbations applied to the base cell's relink. An empty point is the baseline.
 * Keys are {@link Dimension} names; values are what the dimension takes (a length, bytes, a timestamp).
 */
public record SweepPoint(Map<String, String> settings) {
    public SweepPoint {
        settings = java.util.Collections.unmodifiableMap(new TreeMap<>(settings));
        settings.keySet().forEach(Dimension::byKey);
    }

    public static SweepPoint baseline() {
        return new SweepPoint(Map.of());
    }

    /** "baseline", or "host=32 padding=256" (keys sorted): stable across machines, so shards agree. */
    public String id() {
        if (settings.isEmpty()) {
            return "baseline";
        }
        List<String> parts = new ArrayList<>();
        settings.forEach((k, v) -> parts.add(k + "=" + v));
        return String.join(" ", parts);
    }

    public SweepPoint with(String key, String value) {
        Map<String, String> more = new TreeMap<>(settings);
        more.put(key, value);
        return new SweepPoint(more);
    }

    public SweepPoint without(String key) {
        Map<String, String> fewer = new TreeMap<>(settings);
        fewer.remove(key);
        return new SweepPoint(fewer);
    }

    /** Bytes of padding before the kallsyms tables, 0 when none. */
    public long padding() {
        return Long.parseLong(settings.getOrDefault(Dimension.PADDING.key(), "0"));
    }

    /** Whether the point adds the seed's empty per-cpu section. */
    public boolean emptyPercpu() {
        return "1".equals(settings.get(Dimension.EMPTY_PERCPU.key()));
    }

    /** Whether the point needs a copy of the linker script. */
    public boolean needsScript() {
        return padding() > 0 || emptyPercpu();
    }

    /**
     * The base cell with this point's make variables added (the cell id changes with them, so every point has
     * its own results directory). Padding and the empty section need a linker script copy in the tree:
     * {@code script} is its path relative to the output tree, or null.
     */
    public Cell apply(Cell base, String script) {
        List<String> vars = new ArrayList<>(base.makeVars());
        settings.forEach((key, value) -> Dimension.byKey(key).makeVar(value).ifPresent(vars::add));
        if (needsScript()) {
            vars.add("KBUILD_LDS=" + script);
        }
        return base.withMakeVars(vars);
    }
}
