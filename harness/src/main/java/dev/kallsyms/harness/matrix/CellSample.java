package dev.kallsyms.harness.matrix;

import dev.kallsyms.harness.Cell;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** N cells of a big matrix, the same N for the same seed on every machine (java.util.Random is specified). */
public final class CellSample {
    private CellSample() {
    }

    /** The picked cells keep the matrix's order; n at or above the matrix's size keeps every cell. */
    public static List<Cell> pick(List<Cell> cells, int n, long seed) {
        if (n < 1) {
            throw new IllegalArgumentException("--sample must be at least 1, not " + n);
        }
        if (n >= cells.size()) {
            return cells;
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(seed));
        List<Integer> picked = new ArrayList<>(order.subList(0, n));
        Collections.sort(picked);
        return picked.stream().map(cells::get).toList();
    }
}
