package dev.kallsyms.generator.core;

/**
 * The learner's starting point (its text holds one byte per int, all alive): every pair's profit
 * (how often its two bytes sit side by side in a symbol) and the positions where each pair starts, grouped by pair, ascending within a group (a
 * counting sort). Large tables are split in two halves worked on two threads: each half counts on
 * its own, then each fills its own part of every group, the first half's positions first, so the
 * groups come out exactly as one thread would have written them.
 */
final class PairBuckets {
    static final int PAIRS = 0x10000;
    /** Below this many symbols a second thread costs more than it saves. */
    private static final int SPLIT_AT = 4096;

    /** Pair start positions, grouped by pair code. */
    final int[] positions;
    /** Where each pair's group begins in {@link #positions}; entry PAIRS is the end of the last. */
    final int[] groupStart;

    private PairBuckets(int[] positions, int[] groupStart) {
        this.positions = positions;
        this.groupStart = groupStart;
    }

    /** Counts into {@code profit} (all zero on entry) and groups the positions of every pair. */
    static PairBuckets of(int[] text, int[] first, int[] length, int[] profit) {
        int n = first.length;
        int mid = n < SPLIT_AT ? n : n / 2;
        Half low = new Half(text, first, length, 0, mid);
        Half high = new Half(text, first, length, mid, n);
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
        return new PairBuckets(positions, groupStart);
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
        private final int[] text;
        private final int[] first;
        private final int[] length;
        private final int from;
        private final int to;
        final int[] count = new int[PAIRS];
        private int[] positions;
        private int[] cursor;

        Half(int[] text, int[] first, int[] length, int from, int to) {
            this.text = text;
            this.first = first;
            this.length = length;
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
                countRange();
            } else {
                fillRange();
            }
        }

        private void countRange() {
            int[] t = text;
            int[] c = count;
            for (int s = from; s < to; s++) {
                for (int i = first[s], last = first[s] + length[s] - 1; i < last; i++) {
                    c[(t[i] & 0xff) | (t[i + 1] & 0xff) << 8]++;
                }
            }
        }

        private void fillRange() {
            int[] t = text;
            int[] at = cursor;
            int[] out = positions;
            for (int s = from; s < to; s++) {
                for (int i = first[s], last = first[s] + length[s] - 1; i < last; i++) {
                    out[at[(t[i] & 0xff) | (t[i + 1] & 0xff) << 8]++] = i;
                }
            }
        }
    }
}
