package dev.kallsyms.generator.libc;

/**
 * Accumulates hex digits the way strtoull does: saturating at ULLONG_MAX, negating after. One is reused
 * for every line (the launcher's C1 does not remove a per-line allocation: 2M lines made ~60 MB of garbage).
 */
public final class HexAccumulator {
    private long value;
    private boolean overflow;

    /** Starts a new number. */
    public HexAccumulator reset() {
        value = 0;
        overflow = false;
        return this;
    }

    public void add(int hexDigit) {
        if ((value >>> 60) != 0) {
            overflow = true;
        }
        value = (value << 4) | CChar.hexValue(hexDigit);
    }

    public long value(boolean negative) {
        if (overflow) {
            return -1L;
        }
        return negative ? -value : value;
    }
}
