package dev.kallsyms.generator.libc;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** A buffered byte stream with the few printf conversions kallsyms uses. */
public final class COut {
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] BYTE_DIRECTIVE = "\t.byte 0x".getBytes(StandardCharsets.US_ASCII);

    private final OutputStream sink;
    private final byte[] buf;
    private int count;

    public COut(OutputStream sink, int bufferSize) {
        this.sink = sink;
        this.buf = new byte[bufferSize];
    }

    /** Text known to be ASCII (labels, directives, messages). */
    @SuppressWarnings("deprecation") // the low-byte copy is exactly what ASCII text needs, and fast
    public COut print(String ascii) {
        int n = ascii.length();
        if (n > buf.length) {
            byte[] b = CString.ascii(ascii);
            return bytes(b, 0, b.length);
        }
        ensure(n);
        ascii.getBytes(0, n, buf, count);
        count += n;
        return this;
    }

    /** Text that came from the command line, in the platform's encoding of file names. */
    public COut text(String s) {
        byte[] b = CString.nativeBytes(s);
        return bytes(b, 0, b.length);
    }

    public COut bytes(byte[] b, int off, int len) {
        if (len > buf.length) {
            flush();
            write(b, off, len);
            return this;
        }
        ensure(len);
        System.arraycopy(b, off, buf, count, len);
        count += len;
        return this;
    }

    /** %s of a C string starting at off. */
    public COut cstr(byte[] s, int off) {
        return bytes(s, off, CString.strlen(s, off));
    }

    public COut ch(int c) {
        ensure(1);
        buf[count++] = (byte) c;
        return this;
    }

    /** "\t.byte 0x%02x, 0x%02x, 0x%02x" of the low three bytes of v, most significant first. */
    public COut threeBytes(int v) {
        ensure(BYTE_DIRECTIVE.length + 16);
        System.arraycopy(BYTE_DIRECTIVE, 0, buf, count, BYTE_DIRECTIVE.length);
        count += BYTE_DIRECTIVE.length;
        putHex2((v >>> 16) & 0xff);
        putCommaHex2((v >>> 8) & 0xff);
        putCommaHex2(v & 0xff);
        return this;
    }

    /** ", 0x%02x" for each byte of b[off, off+len): the body of a kallsyms_names line. */
    public COut commaHexBytes(byte[] b, int off, int len) {
        for (int i = off, end = off + len; i < end; i++) {
            ensure(6);
            putCommaHex2(b[i] & 0xff);
        }
        return this;
    }

    /** Two hex digits; the caller made room. */
    private void putHex2(int v) {
        buf[count] = HEX[v >>> 4];
        buf[count + 1] = HEX[v & 0xf];
        count += 2;
    }

    /** ", 0x" and two hex digits; the caller made room. */
    private void putCommaHex2(int v) {
        byte[] o = buf;
        int c = count;
        o[c] = ',';
        o[c + 1] = ' ';
        o[c + 2] = '0';
        o[c + 3] = 'x';
        o[c + 4] = HEX[v >>> 4];
        o[c + 5] = HEX[v & 0xf];
        count = c + 6;
    }

    /** %02x of a value 0..255 (wider values print all their digits, as printf does). */
    public COut hex02(int v) {
        if (v > 0xff || v < 0) {
            return hexDigits(v & 0xffffffffL);
        }
        ensure(2);
        buf[count++] = HEX[v >>> 4];
        buf[count++] = HEX[v & 0xf];
        return this;
    }

    /** %#llx: "0" for zero, else 0x and lowercase digits of the unsigned value. */
    public COut altHex(long v) {
        if (v == 0) {
            return ch('0');
        }
        print("0x");
        return hexDigits(v);
    }

    /** %#x of a 32-bit value. */
    public COut altHex32(int v) {
        return altHex(v & 0xffffffffL);
    }

    private COut hexDigits(long v) {
        int digits = Math.max(1, (64 - Long.numberOfLeadingZeros(v) + 3) / 4);
        ensure(digits);
        for (int i = digits - 1; i >= 0; i--) {
            buf[count + i] = HEX[(int) (v & 0xf)];
            v >>>= 4;
        }
        count += digits;
        return this;
    }

    /** %d / %u / %zu: decimal of a value whose sign the caller already chose. */
    public COut dec(long v) {
        if (v < 0) {
            ch('-');
            if (v == Long.MIN_VALUE) {
                return print("9223372036854775808");
            }
            v = -v;
        }
        int digits = 1;
        for (long t = v; t >= 10; t /= 10) {
            digits++;
        }
        ensure(digits);
        for (int i = digits - 1; i >= 0; i--) {
            buf[count + i] = (byte) ('0' + (v % 10));
            v /= 10;
        }
        count += digits;
        return this;
    }

    public void flush() {
        if (count > 0) {
            write(buf, 0, count);
            count = 0;
        }
        try {
            sink.flush();
        } catch (IOException e) {
            throw new WriteFailed(this, e);
        }
    }

    private void ensure(int n) {
        if (count + n > buf.length) {
            write(buf, 0, count);
            count = 0;
        }
    }

    private void write(byte[] b, int off, int len) {
        try {
            sink.write(b, off, len);
        } catch (IOException e) {
            count = 0;
            throw new WriteFailed(this, e);
        }
    }
}
