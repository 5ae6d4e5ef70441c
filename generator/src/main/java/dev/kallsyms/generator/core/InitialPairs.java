package dev.kallsyms.generator.core;

/**
 * The learner's starting point: every pair's profit over all symbols and, per pair, the symbols that
 * hold it, in table order, each once. Large tables are split in two halves worked on two threads:
 * each half counts on its own, then each fills its own part of every pair's list (the first half's
 * symbols go first, so the lists come out exactly as one thread would have written them).
 */
final class InitialPairs {
    /** Below this many symbols a second thread costs more than it saves. */
    private static final int SPLIT_AT = 4096;

    private InitialPairs() {
    }

    /** Fills {@code profit} (all zero on entry) and {@code holders} (empty on entry). */
    static void count(byte[] text, int[] start, int[] length, int[] profit, PairIndex holders) {
        int n = start.length;
        int mid = n < SPLIT_AT ? n : n / 2;
        Half first = new Half(text, start, length, 0, mid);
        Half second = new Half(text, start, length, mid, n);
        runBoth(first, second, mid < n);
        int pairs = profit.length;
        int[] sizes = new int[pairs];
        for (int p = 0; p < pairs; p++) {
            profit[p] = first.profit[p] + second.profit[p];
            sizes[p] = first.holders[p] + second.holders[p];
        }
        holders.presize(sizes);
        // the second half writes behind the first half's symbols: its cursors start there
        first.startFill(holders, new int[pairs]);
        second.startFill(holders, first.holders);
        runBoth(first, second, mid < n);
    }

    /** The second half on a thread of its own when the table was split, the first half here. */
    private static void runBoth(Half first, Half second, boolean split) {
        if (!split) {
            first.run();
            return;
        }
        Thread helper = new Thread(second, "kallsyms-pairs");
        helper.start();
        first.run();
        try {
            helper.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while counting pairs", e);
        }
    }

    /** One range of symbols: counted in the first run, written into the index in the second. */
    private static final class Half implements Runnable {
        private final byte[] text;
        private final int[] start;
        private final int[] length;
        private final int from;
        private final int to;
        final int[] profit = new int[0x10000];
        final int[] holders = new int[0x10000];
        /** The last symbol (plus one) seen with a pair, so a symbol is listed once per pair. */
        private int[] seen = new int[0x10000];
        private PairIndex index;
        private int[] cursor;

        Half(byte[] text, int[] start, int[] length, int from, int to) {
            this.text = text;
            this.start = start;
            this.length = length;
            this.from = from;
            this.to = to;
        }

        void startFill(PairIndex index, int[] firstCursor) {
            this.index = index;
            this.cursor = firstCursor.clone();
            this.seen = new int[0x10000];
        }

        @Override
        public void run() {
            if (index == null) {
                countRange();
            } else {
                fillRange();
            }
        }

        private void countRange() {
            byte[] t = text;
            for (int s = from; s < to; s++) {
                int stamp = s + 1;
                for (int i = start[s], last = start[s] + length[s] - 1; i < last; i++) {
                    int p = (t[i] & 0xff) | (t[i + 1] & 0xff) << 8;
                    profit[p]++;
                    if (seen[p] != stamp) {
                        seen[p] = stamp;
                        holders[p]++;
                    }
                }
            }
        }

        private void fillRange() {
            byte[] t = text;
            for (int s = from; s < to; s++) {
                int stamp = s + 1;
                for (int i = start[s], last = start[s] + length[s] - 1; i < last; i++) {
                    int p = (t[i] & 0xff) | (t[i + 1] & 0xff) << 8;
                    if (seen[p] != stamp) {
                        seen[p] = stamp;
                        index.list(p)[cursor[p]++] = s;
                    }
                }
            }
        }
    }
}
