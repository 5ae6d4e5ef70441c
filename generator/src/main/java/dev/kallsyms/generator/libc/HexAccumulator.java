package dev.kallsyms.generator.libc;

/** Accumulates hex digits the way strtoull does: saturating at ULLONG_MAX, negating after. */
public final class HexAccumulator {
    private long value;
    private boolean overflow;

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
