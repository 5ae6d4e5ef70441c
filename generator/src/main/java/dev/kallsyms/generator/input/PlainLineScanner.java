package dev.kallsyms.generator.input;

import dev.kallsyms.generator.libc.CChar;
import dev.kallsyms.generator.libc.CInput;

/**
 * The common case of ScanfMapReader's fscanf, done on the bytes directly: up to 16 hex digits without sign
 * or 0x prefix, a type byte, a name shorter than the field width, then the whitespace the format's
 * trailing newline skips. It converts exactly what fscanf would; anything else (EOF before the name, a
 * sign, a prefix, a long number, a name that fills the field, the end of a window of the input) it declines
 * without consuming input.
 */
final class PlainLineScanner {
    private final int nameWidth;
    private long addr;
    private int type;
    private int nameStart;
    private int nameLength;

    PlainLineScanner(int nameWidth) {
        this.nameWidth = nameWidth;
    }

    /** Converts one line at the input's position and moves past it; false (nothing consumed) to decline. */
    boolean scan(CInput in) {
        byte[] d = in.data();
        int end = in.end();
        int i = skipSpace(d, in.position(), end);
        if (i >= end || (d[i] == '0' && i + 1 < end && (d[i + 1] | 0x20) == 'x')) {
            return false;
        }
        long value = 0;
        int digitsStart = i;
        while (i < end && CChar.isXDigit(d[i] & 0xff) && i - digitsStart < 16) {
            value = (value << 4) | CChar.hexValue(d[i] & 0xff);
            i++;
        }
        if (i == digitsStart || (i < end && CChar.isXDigit(d[i] & 0xff))) {
            return false;
        }
        i = skipSpace(d, i, end);
        if (i >= end) {
            return false;
        }
        int t = d[i++] & 0xff;
        i = skipSpace(d, i, end);
        if (i >= end) {
            return false;
        }
        int n = i;
        int nul = -1;
        while (n < end && n - i < nameWidth && !CChar.isSpace(d[n] & 0xff)) {
            if (d[n] == 0 && nul < 0) {
                nul = n;
            }
            n++;
        }
        if (n - i >= nameWidth) {
            return false;
        }
        addr = value;
        type = t;
        nameStart = i;
        // the C measures the name with strlen: it ends at the field's end or at a NUL inside it
        nameLength = (nul < 0 ? n : nul) - i;
        int next = skipSpace(d, n, end);
        if (next >= end && in.more()) {
            // the window ends here: what follows may still belong to this record
            return false;
        }
        in.moveTo(next);
        return true;
    }

    private static int skipSpace(byte[] d, int i, int end) {
        while (i < end && CChar.isSpace(d[i] & 0xff)) {
            i++;
        }
        return i;
    }

    long addr() {
        return addr;
    }

    int type() {
        return type;
    }

    int nameStart() {
        return nameStart;
    }

    /** Bytes up to the field's end or the first NUL, whichever comes first (the C reads it with strlen). */
    int nameLength() {
        return nameLength;
    }
}
