package dev.kallsyms.generator.core;

import java.util.Arrays;
import java.util.List;

/**
 * Chooses the tokens exactly as the C does (most frequent byte pair, lowest pair code on ties,
 * slots from 255 down), but keeps for every pair the symbols that may contain it, so a round
 * touches only those symbols instead of rescanning the whole table.
 *
 * <p>The working bytes of all symbols sit in one array, in table order, so the rounds walk memory
 * mostly forwards; they are copied back into the symbols at the end.
 */
public final class TokenLearner {
    private static final int PAIRS = 0x10000;

    private final List<Symbol> symbols;
    private final byte[] text;
    private final int[] start;
    private final int[] length;
    private final int[] profit = new int[PAIRS];
    private final int[] candidates = new int[PAIRS];
    private final boolean[] listed = new boolean[PAIRS];
    private int candidateCount;
    private final PairIndex holders = new PairIndex(PAIRS);
    private final TokenTable tokens = new TokenTable();

    public TokenLearner(List<Symbol> symbols) {
        this.symbols = symbols;
        int n = symbols.size();
        start = new int[n];
        length = new int[n];
        int total = 0;
        for (int s = 0; s < n; s++) {
            start[s] = total;
            length[s] = symbols.get(s).len();
            total += length[s];
        }
        text = new byte[total];
        for (int s = 0; s < n; s++) {
            System.arraycopy(symbols.get(s).sym(), 0, text, start[s], length[s]);
        }
    }

    public TokenTable learn() {
        countInitialPairs();
        markUsedBytes();
        for (int slot = 255; slot >= 0; slot--) {
            if (tokens.isFree(slot)) {
                int best = bestPair();
                if (profit[best] == 0) {
                    break;
                }
                tokens.assignToken(slot, best & 0xff, best >>> 8);
                replaceEverywhere(best, (byte) slot);
            }
        }
        copyBack();
        return tokens;
    }

    /**
     * The byte values the symbols use, found without reading the text again: a byte of a symbol of two
     * or more bytes sits in one of its pairs, which the initial count has seen; a one-byte symbol has none.
     */
    private void markUsedBytes() {
        boolean[] used = new boolean[256];
        for (int i = 0; i < candidateCount; i++) {
            int p = candidates[i];
            used[p & 0xff] = true;
            used[p >>> 8] = true;
        }
        for (int s = 0; s < length.length; s++) {
            if (length[s] == 1) {
                used[text[start[s]] & 0xff] = true;
            }
        }
        for (int c = 0; c < 256; c++) {
            if (used[c]) {
                tokens.useByte(c);
            }
        }
    }

    /** The C's initial count, plus the index; every pair with a profit becomes a candidate. */
    private void countInitialPairs() {
        InitialPairs.count(text, start, length, profit, holders);
        for (int p = 0; p < PAIRS; p++) {
            if (profit[p] > 0) {
                consider(p);
            }
        }
    }

    /**
     * Highest profit, lowest pair code among equals: what the C finds with its strict '>' over all
     * codes in ascending order. Only the pairs that have a profit are looked at; those that lost it
     * leave the list on the way.
     */
    private int bestPair() {
        int best = 0;
        int bestProfit = 0;
        for (int i = 0; i < candidateCount; i++) {
            int p = candidates[i];
            int v = profit[p];
            if (v == 0) {
                listed[p] = false;
                candidates[i--] = candidates[--candidateCount];
            } else if (v > bestProfit || (v == bestProfit && p < best)) {
                best = p;
                bestProfit = v;
            }
        }
        return best;
    }

    /** A pair's profit went up: it may be chosen from now on. */
    private void consider(int pair) {
        if (!listed[pair]) {
            listed[pair] = true;
            candidates[candidateCount++] = pair;
        }
    }

    private void replaceEverywhere(int pair, byte token) {
        int[] list = holders.take(pair);
        int n = holders.takenCount();
        for (int i = 0; i < n; i++) {
            replaceIn(list[i], (byte) pair, (byte) (pair >>> 8), token);
        }
    }

    /**
     * Replaces every non-overlapping occurrence, left to right, as the C does. Instead of forgetting
     * and relearning all the symbol's pairs, only the pairs that change are counted: the old pairs
     * touching a replaced occurrence go, the new pairs holding the token come. The bytes between two
     * occurrences move down in one copy; they are still unread when they move, since writing trails
     * reading by the number of occurrences replaced so far.
     */
    private void replaceIn(int s, byte x, byte y, byte token) {
        // locals, not fields: C1 reloads a field on every use
        byte[] t = text;
        int[] count = profit;
        int base = start[s];
        int end = base + length[s];
        int r = find(t, base, end, x, y);
        if (r < 0) {
            return;
        }
        int replaced = pair(x, y);
        int w = r;
        int lastEnd = -2;
        while (r >= 0) {
            if (r > base && lastEnd != r - 1) {
                count[pair(t[r - 1], x)]--;
            }
            count[replaced]--;
            if (r + 2 < end) {
                count[pair(y, t[r + 2])]--;
            }
            lastEnd = r + 1;
            t[w] = token;
            if (w > base) {
                gained(pair(t[w - 1], token), s);
            }
            w++;
            int from = r + 2;
            r = find(t, from, end, x, y);
            int segmentEnd = r < 0 ? end : r;
            if (segmentEnd > from) {
                gained(pair(token, t[from]), s);
                System.arraycopy(t, from, t, w, segmentEnd - from);
                w += segmentEnd - from;
            }
        }
        length[s] = w - base;
    }

    private void gained(int pair, int s) {
        profit[pair]++;
        consider(pair);
        holders.add(pair, s);
    }

    private static int find(byte[] t, int from, int end, byte first, byte second) {
        for (int i = from, last = end - 1; i < last; i++) {
            if (t[i] == first && t[i + 1] == second) {
                return i;
            }
        }
        return -1;
    }

    private static int pair(byte first, byte second) {
        return (first & 0xff) | (second & 0xff) << 8;
    }

    /** The compressed bytes back into the symbols, zero-filled behind (their C strings end there). */
    private void copyBack() {
        for (int s = 0; s < start.length; s++) {
            Symbol sym = symbols.get(s);
            byte[] b = sym.sym();
            System.arraycopy(text, start[s], b, 0, length[s]);
            Arrays.fill(b, length[s], sym.len(), (byte) 0);
            sym.setLen(length[s]);
        }
    }
}
