package dev.kallsyms.generator.libc;

/** glibc strtoull(s, &end, 16) on a NUL-terminated byte string. */
public final class Strtoull {
    private Strtoull() {
    }

    /** The parsed value and the index where parsing stopped (the start when nothing was converted). */
    public record Parsed(long value, int end) {
    }

    public static Parsed base16(byte[] s) {
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
        HexAccumulator acc = new HexAccumulator();
        while (CChar.isXDigit(at(s, i))) {
            acc.add(at(s, i));
            i++;
        }
        if (i == digitsStart) {
            boolean hexPrefixOnly = digitsStart >= 2 && (at(s, digitsStart - 1) | 0x20) == 'x'
                    && at(s, digitsStart - 2) == '0';
            return new Parsed(0, hexPrefixOnly ? digitsStart - 1 : 0);
        }
        return new Parsed(acc.value(negative), i);
    }

    private static int at(byte[] s, int i) {
        return i < s.length ? s[i] & 0xff : 0;
    }
}
