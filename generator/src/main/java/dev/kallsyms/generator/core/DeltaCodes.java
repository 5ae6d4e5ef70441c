package dev.kallsyms.generator.core;

/**
 * Ascending positions stored as the differences between neighbours, seven bits to a byte (the high
 * bit says another byte follows): most differences fit in one or two bytes where an int takes four.
 * The first position of a list is its difference from zero.
 */
final class DeltaCodes {
    private DeltaCodes() {
    }

    /** How many bytes {@link #put} writes for this difference. */
    static int size(int delta) {
        return delta < 1 << 7 ? 1 : delta < 1 << 14 ? 2 : delta < 1 << 21 ? 3 : delta < 1 << 28 ? 4 : 5;
    }

    /** Writes the difference at; returns the position after it. */
    static int put(byte[] codes, int at, int delta) {
        int d = delta;
        while (d >= 0x80) {
            codes[at++] = (byte) (d | 0x80);
            d >>>= 7;
        }
        codes[at++] = (byte) d;
        return at;
    }
}
