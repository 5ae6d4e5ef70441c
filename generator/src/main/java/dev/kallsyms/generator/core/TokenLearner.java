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
            countPairs(s, true);
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

    /** Replaces every non-overlapping occurrence, left to right, and updates the pair counts. */
    private void replaceIn(int s, int first, int second, int slot) {
        Symbol sym = table[s];
        byte[] b = sym.sym();
        int len = sym.len();
        int at = find(b, len, (byte) first, (byte) second);
        if (at < 0) {
            return;
        }
        countPairs(s, false);
        int w = at;
        int r = at;
        while (r < len) {
            if (r + 1 < len && b[r] == (byte) first && b[r + 1] == (byte) second) {
                b[w++] = (byte) slot;
                r += 2;
            } else {
                b[w++] = b[r++];
            }
        }
        java.util.Arrays.fill(b, w, len, (byte) 0);
        sym.setLen(w);
        countNewPairs(s, slot);
    }

    private static int find(byte[] b, int len, byte first, byte second) {
        for (int i = 0; i < len - 1; i++) {
            if (b[i] == first && b[i + 1] == second) {
                return i;
            }
        }
        return -1;
    }

    /** Adds (or removes) the symbol's pairs to the counts; adding also indexes every pair. */
    private void countPairs(int s, boolean add) {
        Symbol sym = table[s];
        byte[] b = sym.sym();
        int last = sym.len() - 1;
        for (int i = 0; i < last; i++) {
            int pair = (b[i] & 0xff) | (b[i + 1] & 0xff) << 8;
            if (add) {
                profit[pair]++;
                index(pair, s);
            } else {
                profit[pair]--;
            }
        }
    }

    /** Counts the symbol's pairs again; only pairs with the new slot byte are new to the index. */
    private void countNewPairs(int s, int slot) {
        Symbol sym = table[s];
        byte[] b = sym.sym();
        int last = sym.len() - 1;
        byte token = (byte) slot;
        for (int i = 0; i < last; i++) {
            int pair = (b[i] & 0xff) | (b[i + 1] & 0xff) << 8;
            profit[pair]++;
            if (b[i] == token || b[i + 1] == token) {
                index(pair, s);
            }
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
