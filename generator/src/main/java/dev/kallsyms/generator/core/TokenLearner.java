package dev.kallsyms.generator.core;

import java.util.List;

/**
 * Chooses the tokens exactly as the C does (most frequent byte pair, lowest pair code on ties,
 * slots from 255 down), but keeps for every pair the symbols that may contain it, so a round
 * touches only those symbols instead of rescanning the whole table.
 */
public final class TokenLearner {
    private static final int PAIRS = 0x10000;

    private final Symbol[] table;
    private final int[] profit = new int[PAIRS];
    private final int[][] holders = new int[PAIRS][];
    private final int[] holderCount = new int[PAIRS];
    private final TokenTable tokens = new TokenTable();

    public TokenLearner(List<Symbol> symbols) {
        this.table = symbols.toArray(new Symbol[0]);
    }

    public TokenTable learn() {
        for (int s = 0; s < table.length; s++) {
            countPairs(s);
        }
        for (Symbol sym : table) {
            byte[] b = sym.sym();
            for (int j = 0; j < sym.len(); j++) {
                tokens.useByte(b[j] & 0xff);
            }
        }
        for (int slot = 255; slot >= 0; slot--) {
            if (tokens.isFree(slot)) {
                int best = bestPair();
                if (profit[best] == 0) {
                    break;
                }
                tokens.assignToken(slot, best & 0xff, best >>> 8);
                replaceEverywhere(best, slot);
            }
        }
        return tokens;
    }

    private int bestPair() {
        int best = 0;
        int bestProfit = -10000;
        for (int i = 0; i < PAIRS; i++) {
            if (profit[i] > bestProfit) {
                best = i;
                bestProfit = profit[i];
            }
        }
        return best;
    }

    private void replaceEverywhere(int pair, int slot) {
        int[] list = holders[pair];
        int n = holderCount[pair];
        holders[pair] = null;
        holderCount[pair] = 0;
        for (int i = 0; i < n; i++) {
            replaceIn(list[i], pair & 0xff, pair >>> 8, slot);
        }
    }

    /**
     * Replaces every non-overlapping occurrence, left to right, as the C does. Instead of forgetting
     * and relearning all the symbol's pairs, only the pairs that change are counted: the old pairs
     * touching a replaced occurrence go, the new pairs holding the slot byte come.
     */
    private void replaceIn(int s, int first, int second, int slot) {
        Symbol sym = table[s];
        byte[] b = sym.sym();
        int len = sym.len();
        byte x = (byte) first;
        byte y = (byte) second;
        byte token = (byte) slot;
        int r = find(b, len, x, y);
        if (r < 0) {
            return;
        }
        int w = r;
        int lastEnd = -2;
        while (r < len) {
            byte c;
            if (r + 1 < len && b[r] == x && b[r + 1] == y) {
                if (r > 0 && lastEnd != r - 1) {
                    profit[pair(b[r - 1], x)]--;
                }
                profit[pair(x, y)]--;
                if (r + 2 < len) {
                    profit[pair(y, b[r + 2])]--;
                }
                lastEnd = r + 1;
                c = token;
                r += 2;
            } else {
                c = b[r++];
            }
            b[w] = c;
            if (w > 0 && (c == token || b[w - 1] == token)) {
                int p = pair(b[w - 1], c);
                profit[p]++;
                index(p, s);
            }
            w++;
        }
        java.util.Arrays.fill(b, w, len, (byte) 0);
        sym.setLen(w);
    }

    private static int pair(byte first, byte second) {
        return (first & 0xff) | (second & 0xff) << 8;
    }

    private static int find(byte[] b, int len, byte first, byte second) {
        for (int i = 0; i < len - 1; i++) {
            if (b[i] == first && b[i + 1] == second) {
                return i;
            }
        }
        return -1;
    }

    /** Counts and indexes all pairs of a symbol (the initial table). */
    private void countPairs(int s) {
        Symbol sym = table[s];
        byte[] b = sym.sym();
        int last = sym.len() - 1;
        for (int i = 0; i < last; i++) {
            int p = pair(b[i], b[i + 1]);
            profit[p]++;
            index(p, s);
        }
    }

    private void index(int pair, int s) {
        int n = holderCount[pair];
        int[] list = holders[pair];
        if (list == null) {
            list = new int[4];
            holders[pair] = list;
        } else if (list[n - 1] == s) {
            return;
        } else if (n == list.length) {
            list = java.util.Arrays.copyOf(list, n * 2);
            holders[pair] = list;
        }
        list[n] = s;
        holderCount[pair] = n + 1;
    }
}
