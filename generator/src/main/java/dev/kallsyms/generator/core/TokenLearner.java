package dev.kallsyms.generator.core;

import java.util.Arrays;

/**
 * Chooses the tokens exactly as the C does (most frequent byte pair, lowest pair code on ties,
 * slots from 255 down) and compresses the names with them, but a round visits only the places
 * where the chosen pair can be, each in constant time, instead of rescanning every symbol.
 *
 * <p>The names sit in one byte array, in table order, each followed by a separator ({@link TableText}).
 * A replaced pair keeps its place: the token goes where the first byte was and the second byte's
 * position dies. One bit per position says whether it is still there (alive or a separator), so the
 * neighbours are found over dead positions with a word's leading or trailing zeros, a replacement
 * touches only the pair and its two neighbours, and the profits are kept exact from those four
 * adjacencies. (One byte and two bits per position, where an int per position took four bytes.)
 *
 * <p>Where a pair can be follows from when it can appear. A pair of two original bytes occurs only
 * where it did at the start (those positions are grouped by pair once, and a group is dropped once
 * used or once the pair is gone). A pair holding a token can appear only in the round that made its newer token, next to a
 * position that round wrote; those positions are kept per token. Every list is ascending and held as
 * {@link DeltaCodes}, so a pair of equal bytes is replaced left to right, as the C does.
 */
public final class TokenLearner {
    private static final int PAIRS = PairBuckets.PAIRS;

    private final TableText names;
    private final byte[] text;
    /** One bit per position: alive or a separator (not dead). */
    private final long[] present;
    /** One bit per position: alive (neither dead nor a separator). */
    private final long[] alive;
    private final int[] profit = new int[PAIRS];
    private final int[] candidates = new int[PAIRS];
    private final boolean[] listed = new boolean[PAIRS];
    private int candidateCount;
    private PositionGroups start;
    /** For each token: the positions its round wrote it at, ascending. */
    private final byte[][] written = new byte[256][];
    /** For each slot: the round that made it a token, or 0 for a byte value that stands for itself. */
    private final int[] bornInRound = new int[256];
    private final TokenTable tokens = new TokenTable();
    private byte[] scratch = new byte[1 << 12];
    private int scratchAt;
    private int lastWritten;

    public TokenLearner(TableText names) {
        this.names = names;
        this.text = names.bytes();
        int words = (text.length + 63) >>> 6;
        present = new long[words];
        alive = new long[words];
        Arrays.fill(present, -1L);
        Arrays.fill(alive, -1L);
        // separators in front of every symbol, and behind the last one (where a next one would begin)
        for (int s = 0; s <= names.count(); s++) {
            int sep = names.first(s) - 1;
            alive[sep >>> 6] &= ~(1L << sep);
        }
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
        start = PairBuckets.of(names, profit);
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
        for (int s = 0; s < names.count(); s++) {
            if (names.laidOutLength(s) == 1) {
                used[text[names.first(s)] & 0xff] = true;
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
                dropGroupIfUsedUp(p);
            } else if (v > bestProfit || (v == bestProfit && p < best)) {
                best = p;
                bestProfit = v;
            }
        }
        return best;
    }

    /**
     * A pair of original bytes whose profit fell to zero can never occur again: its start positions are
     * let go (at 2M symbols the groups not used by any round are ~37 MB).
     */
    private void dropGroupIfUsedUp(int pair) {
        if (bornInRound[pair & 0xff] == 0 && bornInRound[pair >>> 8] == 0) {
            start.codes[pair] = null;
        }
    }

    /** A pair's profit went up: it may be chosen from now on. */
    private void consider(int pair) {
        if (!listed[pair]) {
            listed[pair] = true;
            candidates[candidateCount++] = pair;
        }
    }

    /** Replaces every occurrence of the pair by the token; returns the positions written. */
    private byte[] replaceEverywhere(int pair, int token) {
        int x = pair & 0xff;
        int y = pair >>> 8;
        int newer = bornInRound[x] >= bornInRound[y] ? x : y;
        scratchAt = 0;
        lastWritten = 0;
        if (bornInRound[newer] == 0) {
            byte[] group = start.codes[pair];
            start.codes[pair] = null;
            int half = start.secondHalf[pair];
            replaceAtFirsts(group, 0, half, x, y, token);
            replaceAtFirsts(group, half, group.length, x, y, token);
        } else if (newer == x) {
            replaceAtFirsts(written[x], 0, written[x].length, x, y, token);
        } else {
            replaceAtSeconds(written[y], x, y, token);
        }
        return Arrays.copyOf(scratch, scratchAt);
    }

    /** Where the pair's first byte may be (codes[from, to)): replaces there if the pair still is. */
    private void replaceAtFirsts(byte[] codes, int from, int to, int x, int y, int token) {
        byte[] t = text;
        long[] live = alive;
        int p = 0;
        int i = from;
        while (i < to) {
            int b = codes[i++];
            int delta = b & 0x7f;
            for (int shift = 7; b < 0; shift += 7) {
                b = codes[i++];
                delta |= (b & 0x7f) << shift;
            }
            p += delta;
            if ((t[p] & 0xff) != x || (live[p >>> 6] & 1L << p) == 0) {
                continue;
            }
            int q = p + 1;
            if ((present[q >>> 6] & 1L << q) == 0) {
                q = next(p);
            }
            if ((t[q] & 0xff) == y && (live[q >>> 6] & 1L << q) != 0) {
                replace(p, q, x, y, token);
            }
        }
    }

    /** Where the pair's second byte may be: replaces the pair ending there if it still does. */
    private void replaceAtSeconds(byte[] codes, int x, int y, int token) {
        byte[] t = text;
        long[] live = alive;
        int q = 0;
        int i = 0;
        while (i < codes.length) {
            int b = codes[i++];
            int delta = b & 0x7f;
            for (int shift = 7; b < 0; shift += 7) {
                b = codes[i++];
                delta |= (b & 0x7f) << shift;
            }
            q += delta;
            if ((t[q] & 0xff) != y || (live[q >>> 6] & 1L << q) == 0) {
                continue;
            }
            int p = previous(q);
            if ((t[p] & 0xff) == x && (live[p >>> 6] & 1L << p) != 0) {
                replace(p, q, x, y, token);
            }
        }
    }

    /**
     * The token at p, q dead. The adjacencies (before, x), (x, y) and (y, after) go; (before, token)
     * and (token, after) come: the same profits the C gets by forgetting the symbol and learning it again.
     */
    private void replace(int p, int q, int x, int y, int token) {
        int[] count = profit;
        long[] here = present;
        // neighbours are mostly adjacent: test that before looking further
        int before = p - 1;
        if ((here[before >>> 6] & 1L << before) == 0) {
            before = previous(p);
        }
        int after = q + 1;
        if ((here[after >>> 6] & 1L << after) == 0) {
            after = next(q);
        }
        if (!isSeparator(before)) {
            int b = text[before] & 0xff;
            count[b | x << 8]--;
            gained(b | token << 8);
        }
        count[x | y << 8]--;
        if (!isSeparator(after)) {
            int a = text[after] & 0xff;
            count[y | a << 8]--;
            gained(token | a << 8);
        }
        text[p] = (byte) token;
        here[q >>> 6] &= ~(1L << q);
        alive[q >>> 6] &= ~(1L << q);
        wrote(p);
    }

    /** Keeps p in this round's list. */
    private void wrote(int p) {
        if (scratchAt + 5 > scratch.length) {
            scratch = Arrays.copyOf(scratch, scratch.length * 2);
        }
        scratchAt = DeltaCodes.put(scratch, scratchAt, p - lastWritten);
        lastWritten = p;
    }

    private void gained(int pair) {
        profit[pair]++;
        consider(pair);
    }

    /** For a position still present: whether it is a separator. */
    private boolean isSeparator(int p) {
        return (alive[p >>> 6] & 1L << p) == 0;
    }

    /** The first position after p that is alive or a separator (every symbol ends in one). */
    private int next(int p) {
        int i = p + 1;
        int w = i >>> 6;
        long bits = present[w] & -1L << i;
        while (bits == 0) {
            bits = present[++w];
        }
        return w << 6 | Long.numberOfTrailingZeros(bits);
    }

    /** The last position before p that is alive or a separator (every symbol starts after one). */
    private int previous(int p) {
        int i = p - 1;
        int w = i >>> 6;
        long bits = present[w] & -1L >>> (63 - (i & 63));
        while (bits == 0) {
            bits = present[--w];
        }
        return w << 6 | (63 - Long.numberOfLeadingZeros(bits));
    }

    /**
     * Each name's compressed bytes moved together in place, zeros behind (their C strings end there): one
     * pass over the present positions, a separator ending the name before it.
     */
    private void copyBack() {
        int count = names.count();
        if (count == 0) {
            return;
        }
        byte[] t = text;
        int s = 0;
        int to = names.first(0);
        int n = 0;
        for (int w = 0; ; w++) {
            long bits = w == 0 ? present[0] & ~1L : present[w];
            long live = alive[w];
            while (bits != 0) {
                long bit = bits & -bits;
                bits ^= bit;
                if ((live & bit) != 0) {
                    t[to + n++] = t[w << 6 | Long.numberOfTrailingZeros(bit)];
                    continue;
                }
                Arrays.fill(t, to + n, to + names.laidOutLength(s), (byte) 0);
                names.setLen(s, n);
                if (++s == count) {
                    return;
                }
                to = names.first(s);
                n = 0;
            }
        }
    }
}
