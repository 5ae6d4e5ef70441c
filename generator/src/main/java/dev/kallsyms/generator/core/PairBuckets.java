package dev.kallsyms.generator.core;

/**
 * The learner's starting point: every pair's profit (how often its two bytes sit side by side in a
 * symbol) and the positions where each pair starts, grouped by pair ({@link PositionGroups}). Large
 * tables are split in two halves worked on two threads: each counts its pairs and the bytes its lists
 * need, then writes its lists into its own part of every group, the first half's part first.
 */
final class PairBuckets {
    static final int PAIRS = 0x10000;
    /** Below this many symbols a second thread costs more than it saves. */
    private static final int SPLIT_AT = 4096;

    private PairBuckets() {
    }

    /** Counts into {@code profit} (all zero on entry) and returns the positions grouped by pair code. */
    static PositionGroups of(TableText names, int[] profit) {
        int n = names.count();
        int mid = n < SPLIT_AT ? n : n / 2;
        Half low = new Half(names, 0, mid);
        Half high = new Half(names, mid, n);
        runBoth(low, high, mid < n);
        byte[][] codes = new byte[PAIRS][];
        int[] secondHalf = new int[PAIRS];
        for (int p = 0; p < PAIRS; p++) {
            profit[p] = low.count[p] + high.count[p];
            if (profit[p] > 0) {
                codes[p] = new byte[low.size[p] + high.size[p]];
                secondHalf[p] = low.size[p];
            }
        }
        low.startFill(codes, null);
        high.startFill(codes, secondHalf);
        runBoth(low, high, mid < n);
        return new PositionGroups(codes, secondHalf);
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

    /** One range of symbols: counted in the first run, its lists written in the second. */
    private static final class Half implements Runnable {
        private final TableText names;
        private final int from;
        private final int to;
        final int[] count = new int[PAIRS];
        /** Per pair: the bytes this half's list takes. */
        final int[] size = new int[PAIRS];
        private final int[] last = new int[PAIRS];
        private byte[][] codes;
        private int[] cursor;

        Half(TableText names, int from, int to) {
            this.names = names;
            this.from = from;
            this.to = to;
        }

        void startFill(byte[][] codes, int[] startAt) {
            this.codes = codes;
            cursor = startAt == null ? new int[PAIRS] : startAt.clone();
            java.util.Arrays.fill(last, 0);
        }

        @Override
        public void run() {
            if (codes == null) {
                count();
            } else {
                fill();
            }
        }

        private void count() {
            byte[] t = names.bytes();
            int[] c = count;
            int[] s = size;
            int[] l = last;
            for (int sym = from; sym < to; sym++) {
                int i = names.first(sym);
                for (int end = i + names.laidOutLength(sym) - 1; i < end; i++) {
                    int pair = (t[i] & 0xff) | (t[i + 1] & 0xff) << 8;
                    c[pair]++;
                    s[pair] += DeltaCodes.size(i - l[pair]);
                    l[pair] = i;
                }
            }
        }

        private void fill() {
            byte[] t = names.bytes();
            int[] l = last;
            int[] at = cursor;
            byte[][] out = codes;
            for (int sym = from; sym < to; sym++) {
                int i = names.first(sym);
                for (int end = i + names.laidOutLength(sym) - 1; i < end; i++) {
                    int pair = (t[i] & 0xff) | (t[i + 1] & 0xff) << 8;
                    at[pair] = DeltaCodes.put(out[pair], at[pair], i - l[pair]);
                    l[pair] = i;
                }
            }
        }
    }
}
