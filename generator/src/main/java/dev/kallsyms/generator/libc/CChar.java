package dev.kallsyms.generator.libc;

/** Character classes of the C locale, on byte values 0..255 (and -1 for EOF). */
public final class CChar {
    public static final int EOF = -1;

    private CChar() {
    }

    public static boolean isSpace(int c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    public static boolean isXDigit(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    public static int hexValue(int c) {
        if (c <= '9') {
            return c - '0';
        }
        return (c | 0x20) - 'a' + 10;
    }
}
