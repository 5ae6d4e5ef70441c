package dev.kallsyms.generator.libc;

/**
 * glibc strtoull(s, &end, 16) on a NUL-terminated byte string. One instance parses line after line and
 * holds the last result (no object per line: see {@link HexAccumulator}).
 */
public final class Strtoull {
    private final HexAccumulator acc = new HexAccumulator();
    private long value;
    private int end;

    /** The parsed value. */
    public long value() {
        return value;
    }

    /** The index where parsing stopped (the start when nothing was converted). */
    public int end() {
        return end;
    }

    public Strtoull base16(byte[] s) {
        int i = 0;
        while (CChar.isSpace(at(s, i))) {
            i++;
        }
        boolean negative = false;
        if (at(s, i) == '-' || at(s, i) == '+') {
            negative = at(s, i) == '-';
            i++;
        }
        if (at(s, i) == '0' && (at(s, i + 1) | 0x20) == 'x') {
            i += 2;
        }
        int digitsStart = i;
        acc.reset();
        while (CChar.isXDigit(at(s, i))) {
            acc.add(at(s, i));
            i++;
        }
        if (i == digitsStart) {
            boolean hexPrefixOnly = digitsStart >= 2 && (at(s, digitsStart - 1) | 0x20) == 'x'
                    && at(s, digitsStart - 2) == '0';
            value = 0;
            end = hexPrefixOnly ? digitsStart - 1 : 0;
        } else {
            value = acc.value(negative);
            end = i;
        }
        return this;
    }

    private static int at(byte[] s, int i) {
        return i < s.length ? s[i] & 0xff : 0;
    }
}
