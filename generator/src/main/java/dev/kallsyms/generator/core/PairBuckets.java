package dev.kallsyms.generator.core;

import java.util.List;

/**
 * The learner's starting point: the symbols' bytes laid out one per cell, each symbol followed by a
 * separator; every pair's profit (how often its two bytes sit side by side in a symbol); and the
 * positions where each pair starts, grouped by pair, ascending within a group (a counting sort).
 * Large tables are split in two halves worked on two threads: each half lays out and counts on its
 * own, then each fills its own part of every group, the first half's positions first, so the groups
 * come out exactly as one thread would have written them.
 */
final class PairBuckets {
    static final int PAIRS = 0x10000;
    /** Below this many symbols a second thread costs more than it saves. */
    private static final int SPLIT_AT = 4096;

    private PairBuckets() {
    }

    /**
     * Writes symbol s's bytes to {@code cells} from {@code first[s]} and {@code separator} in front of
     * each symbol and after the last, counts into {@code profit} (all zero on entry) and returns the
     * positions where pairs start, grouped by pair code.
     */
    static PositionGroups of(List<Symbol> symbols, int[] cells, int[] first, int[] length, int separator,
            int[] profit) {
        int n = first.length;
        int mid = n < SPLIT_AT ? n : n / 2;
        Half low = new Half(symbols, cells, first, length, separator, 0, mid);
        Half high = new Half(symbols, cells, first, length, separator, mid, n);
        runBoth(low, high, mid < n);
        int[] groupStart = new int[PAIRS + 1];
        int total = 0;
        for (int p = 0; p < PAIRS; p++) {
            groupStart[p] = total;
            int count = low.count[p] + high.count[p];
            profit[p] = count;
            total += count;
        }
        groupStart[PAIRS] = total;
        int[] positions = new int[total];
        low.startFill(positions, groupStart, null);
        high.startFill(positions, groupStart, low.count);
        runBoth(low, high, mid < n);
        return new PositionGroups(positions, groupStart);
    }

    /** The second half on a thread of its own when the table was split, the first half here. */
    private static void runBoth(Half low, Half high, boolean split) {
        if (!split) {
            low.run();
            return;
        }
        Thread helper = new Thread(high, "kallsyms-pairs");
        helper.start();
        low.run();
        try {
            helper.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while counting pairs", e);
        }
    }

    /** One range of symbols: counted in the first run, its positions placed in the second. */
    private static final class Half implements Runnable {
        private final List<Symbol> symbols;
        private final int[] text;
        private final int[] first;
        private final int[] length;
        private final int separator;
        private final int from;
        private final int to;
        final int[] count = new int[PAIRS];
        private int[] positions;
        private int[] cursor;

        Half(List<Symbol> symbols, int[] text, int[] first, int[] length, int separator, int from, int to) {
            this.symbols = symbols;
            this.text = text;
            this.first = first;
            this.length = length;
            this.separator = separator;
            this.from = from;
            this.to = to;
        }

        /** The half's part of each group begins where the group does, behind the lower half's part. */
        void startFill(int[] positions, int[] groupStart, int[] lowerCounts) {
            this.positions = positions;
            cursor = new int[PAIRS];
            for (int p = 0; p < PAIRS; p++) {
                cursor[p] = lowerCounts == null ? groupStart[p] : groupStart[p] + lowerCounts[p];
            }
        }

        @Override
        public void run() {
            if (positions == null) {
                layOutAndCount();
            } else {
                fillRange();
            }
        }

        private void layOutAndCount() {
            int[] t = text;
            int[] c = count;
            for (int s = from; s < to; s++) {
                byte[] b = symbols.get(s).sym();
                int at = first[s];
                t[at - 1] = separator;
                int prev = b[0] & 0xff;
                t[at] = prev;
                for (int i = 1, len = length[s]; i < len; i++) {
                    int next = b[i] & 0xff;
                    t[at + i] = next;
                    c[prev | next << 8]++;
                    prev = next;
                }
            }
            if (to == first.length && to > from) {
                t[first[to - 1] + length[to - 1]] = separator;
            }
        }

        private void fillRange() {
            int[] t = text;
            int[] at = cursor;
            int[] out = positions;
            for (int s = from; s < to; s++) {
                for (int i = first[s], last = first[s] + length[s] - 1; i < last; i++) {
                    out[at[t[i] | t[i + 1] << 8]++] = i;
                }
            }
        }
    }
}
