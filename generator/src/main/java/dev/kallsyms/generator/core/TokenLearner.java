package dev.kallsyms.generator.core;

import java.util.Arrays;
import java.util.List;

/**
 * Chooses the tokens exactly as the C does (most frequent byte pair, lowest pair code on ties,
 * slots from 255 down) and compresses the symbols with them, but a round visits only the places
 * where the chosen pair can be, each in constant time, instead of rescanning every symbol.
 *
 * <p>All symbols sit in one array, in table order, each followed by a separator. A replaced pair
 * keeps its place: the token goes where the first byte was and the second byte's position dies;
 * skip distances lead over dead positions to the neighbours, so a replacement touches only the pair
 * and its two neighbours, and the profits are kept exact from those four adjacencies. A position's
 * byte, state and both skips share one int, so a visit costs one cache line, not four.
 *
 * <p>Where a pair can be follows from when it can appear. A pair of two original bytes occurs only
 * where it did at the start (those positions are grouped by pair once). A pair holding a token can
 * appear only in the round that made its newer token, next to a position that round wrote; those
 * positions are kept per token. (Grouping them further by neighbour saved visits but cost more than
 * it saved, measured on a 137k-symbol map.) Every list is ascending, so a pair of equal bytes is
 * replaced left to right, as the C does.
 */
public final class TokenLearner {
    private static final int PAIRS = PairBuckets.PAIRS;
    /** Cell layout: bits 0-7 the byte, 8-9 the state, 10-20 the skip forward, 21-31 the skip back. */
    private static final int BYTE_AND_STATE = 0x3ff;
    private static final int DEAD = 1 << 8;
    private static final int SEPARATOR = 2 << 8;
    private static final int STATE = 3 << 8;
    private static final int NEXT_SHIFT = 10;
    private static final int PREV_SHIFT = 21;
    private static final int SKIP_MASK = 0x7ff;
    private static final int PREV_BITS = SKIP_MASK << PREV_SHIFT;
    /** Longer symbols could need skips wider than a cell holds (the kernels refuse names of 512+). */
    static final int MAX_SYMBOL_LENGTH = SKIP_MASK + 1;

    private final List<Symbol> symbols;
    /**
     * Per position: the byte, whether it is alive, dead or a separator, and how many dead positions lie
     * between it and the next (alive position or separator) and between it and the previous one.
     */
    private final int[] cell;
    private final int[] first;
    private final int[] length;
    private final int[] profit = new int[PAIRS];
    private final int[] candidates = new int[PAIRS];
    private final boolean[] listed = new boolean[PAIRS];
    private int candidateCount;
    private PositionGroups start;
    /** For each token: the positions its round wrote it at, ascending. */
    private final int[][] written = new int[256][];
    /** For each slot: the round that made it a token, or 0 for a byte value that stands for itself. */
    private final int[] bornInRound = new int[256];
    private final TokenTable tokens = new TokenTable();

    public TokenLearner(List<Symbol> symbols) {
        this.symbols = symbols;
        int n = symbols.size();
        first = new int[n];
        length = new int[n];
        int size = 1;
        for (int s = 0; s < n; s++) {
            int len = symbols.get(s).len();
            if (len > MAX_SYMBOL_LENGTH) {
                throw new IllegalArgumentException("symbol of " + len + " bytes, longer than " + MAX_SYMBOL_LENGTH);
            }
            first[s] = size;
            length[s] = len;
            size += len + 1;
        }
        cell = new int[size];
    }

    public TokenTable learn() {
        countInitialPairs();
        markUsedBytes();
        int round = 0;
        for (int slot = 255; slot >= 0; slot--) {
            if (tokens.isFree(slot)) {
                int best = bestPair();
                if (profit[best] == 0) {
                    break;
                }
                tokens.assignToken(slot, best & 0xff, best >>> 8);
                bornInRound[slot] = ++round;
                written[slot] = replaceEverywhere(best, slot);
            }
        }
        copyBack();
        return tokens;
    }

    /** The C's initial count; every pair with a profit becomes a candidate. */
    private void countInitialPairs() {
        start = PairBuckets.of(symbols, cell, first, length, SEPARATOR, profit);
        for (int p = 0; p < PAIRS; p++) {
            if (profit[p] > 0) {
                consider(p);
            }
        }
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
                used[cell[first[s]] & 0xff] = true;
            }
        }
        for (int c = 0; c < 256; c++) {
            if (used[c]) {
                tokens.useByte(c);
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

    /** Replaces every occurrence of the pair by the token; returns the positions written. */
    private int[] replaceEverywhere(int pair, int token) {
        int x = pair & 0xff;
        int y = pair >>> 8;
        int newer = bornInRound[x] >= bornInRound[y] ? x : y;
        if (bornInRound[newer] == 0) {
            int from = start.groupStart[pair];
            return replaceAtFirsts(start.positions, from, start.groupStart[pair + 1] - from, x, y, token);
        }
        int[] at = written[newer];
        return newer == x ? replaceAtFirsts(at, 0, at.length, x, y, token) : replaceAtSeconds(at, x, y, token);
    }

    /** Where the pair's first byte may be: replaces there if the pair still is. */
    private int[] replaceAtFirsts(int[] at, int from, int count, int x, int y, int token) {
        int[] c = cell;
        int[] wrote = new int[count];
        int w = 0;
        for (int i = from, end = from + count; i < end; i++) {
            int p = at[i];
            int cp = c[p];
            // an alive position has state 0: byte and state together equal x only there
            if ((cp & BYTE_AND_STATE) != x) {
                continue;
            }
            int q = p + 1 + (cp >>> NEXT_SHIFT & SKIP_MASK);
            if ((c[q] & BYTE_AND_STATE) == y) {
                replace(p, q, x, y, token);
                wrote[w++] = p;
            }
        }
        return w == count ? wrote : Arrays.copyOf(wrote, w);
    }

    /** Where the pair's second byte may be: replaces the pair ending there if it still does. */
    private int[] replaceAtSeconds(int[] at, int x, int y, int token) {
        int[] c = cell;
        int[] wrote = new int[at.length];
        int w = 0;
        for (int q : at) {
            int cq = c[q];
            if ((cq & BYTE_AND_STATE) != y) {
                continue;
            }
            int p = q - 1 - (cq >>> PREV_SHIFT);
            if ((c[p] & BYTE_AND_STATE) == x) {
                replace(p, q, x, y, token);
                wrote[w++] = p;
            }
        }
        return w == at.length ? wrote : Arrays.copyOf(wrote, w);
    }

    /**
     * The token at p, q dead, p linked to what followed q. The adjacencies (before, x), (x, y) and
     * (y, after) go; (before, token) and (token, after) come: the same profits the C gets by
     * forgetting the symbol and learning it again.
     */
    private void replace(int p, int q, int x, int y, int token) {
        int[] c = cell;
        int[] count = profit;
        int cp = c[p];
        int before = p - 1 - (cp >>> PREV_SHIFT);
        int after = q + 1 + (c[q] >>> NEXT_SHIFT & SKIP_MASK);
        int cb = c[before];
        if ((cb & STATE) == 0) {
            int b = cb & 0xff;
            count[b | x << 8]--;
            gained(b | token << 8);
        }
        count[x | y << 8]--;
        int ca = c[after];
        if ((ca & STATE) == 0) {
            int a = ca & 0xff;
            count[y | a << 8]--;
            gained(token | a << 8);
        }
        int gap = after - p - 1;
        c[p] = token | gap << NEXT_SHIFT | (cp & PREV_BITS);
        c[q] |= DEAD;
        c[after] = (ca & ~PREV_BITS) | gap << PREV_SHIFT;
    }

    private void gained(int pair) {
        profit[pair]++;
        consider(pair);
    }

    /** The compressed bytes back into the symbols, zero-filled behind (their C strings end there). */
    private void copyBack() {
        int[] c = cell;
        for (int s = 0; s < first.length; s++) {
            Symbol sym = symbols.get(s);
            byte[] b = sym.sym();
            int n = 0;
            for (int p = first[s]; (c[p] & STATE) != SEPARATOR; p += 1 + (c[p] >>> NEXT_SHIFT & SKIP_MASK)) {
                b[n++] = (byte) c[p];
            }
            Arrays.fill(b, n, length[s], (byte) 0);
            sym.setLen(n);
        }
    }
}
