package dev.kallsyms.generator.core;

import java.util.Arrays;

/**
 * For every byte pair, the symbols (table positions) that may contain it. A symbol appears once per
 * run of additions (the same symbol added twice in a row is kept once); it may stay listed after it
 * lost the pair, which only costs a look that finds nothing.
 */
final class PairIndex {
    private static final int[] EMPTY = new int[0];

    private final int[][] lists;
    private final int[] counts;
    private int takenCount;

    PairIndex(int pairs) {
        lists = new int[pairs][];
        counts = new int[pairs];
        Arrays.fill(lists, EMPTY);
    }

    /** Gives every pair a full list of exactly that many slots, to be written through {@link #list}. */
    void presize(int[] sizes) {
        for (int p = 0; p < lists.length; p++) {
            if (sizes[p] > 0) {
                lists[p] = new int[sizes[p]];
                counts[p] = sizes[p];
            }
        }
    }

    int[] list(int pair) {
        return lists[pair];
    }

    void add(int pair, int symbol) {
        int n = counts[pair];
        int[] list = lists[pair];
        if (n > 0 && list[n - 1] == symbol) {
            return;
        }
        if (n == list.length) {
            list = Arrays.copyOf(list, Math.max(8, n * 2));
            lists[pair] = list;
        }
        list[n] = symbol;
        counts[pair] = n + 1;
    }

    /** Removes and returns the pair's list; its length is {@link #takenCount()}. */
    int[] take(int pair) {
        int[] list = lists[pair];
        takenCount = counts[pair];
        lists[pair] = EMPTY;
        counts[pair] = 0;
        return list;
    }

    int takenCount() {
        return takenCount;
    }
}
