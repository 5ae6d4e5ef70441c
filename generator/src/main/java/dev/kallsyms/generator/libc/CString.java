package dev.kallsyms.generator.libc;

import java.nio.charset.StandardCharsets;

/** NUL-terminated byte strings as the C library sees them. */
public final class CString {
    private CString() {
    }

    /** Length up to the first NUL or the end of the array. */
    public static int strlen(byte[] s, int from) {
        int i = from;
        while (i < s.length && s[i] != 0) {
            i++;
        }
        return i - from;
    }

    /** strcmp of the strings at a[ao] and b[bo]: bytes compare unsigned. */
    public static int strcmp(byte[] a, int ao, byte[] b, int bo) {
        while (true) {
            int ca = ao < a.length ? a[ao] & 0xff : 0;
            int cb = bo < b.length ? b[bo] & 0xff : 0;
            if (ca != cb || ca == 0) {
                return ca - cb;
            }
            ao++;
            bo++;
        }
    }

    /** Whether the string s[from, from+len) equals the ASCII literal. */
    public static boolean equals(byte[] s, int from, int len, String literal) {
        return len == literal.length() && regionMatches(s, from, literal);
    }

    public static boolean startsWith(byte[] s, int from, int len, String prefix) {
        return len >= prefix.length() && regionMatches(s, from, prefix);
    }

    public static boolean endsWith(byte[] s, int from, int len, String suffix) {
        return len >= suffix.length() && regionMatches(s, from + len - suffix.length(), suffix);
    }

    /** Index of the first occurrence of the literal in s[from, from+len), or -1. */
    public static int indexOf(byte[] s, int from, int len, String needle) {
        int last = from + len - needle.length();
        for (int i = from; i <= last; i++) {
            if (regionMatches(s, i, needle)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean regionMatches(byte[] s, int at, String literal) {
        for (int i = 0; i < literal.length(); i++) {
            if (s[at + i] != (byte) literal.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Whether s[from, from+len) equals the literal's bytes (the fast form for hot filters). */
    public static boolean equals(byte[] s, int from, int len, byte[] literal) {
        return len == literal.length && regionMatches(s, from, literal);
    }

    public static boolean startsWith(byte[] s, int from, int len, byte[] prefix) {
        return len >= prefix.length && regionMatches(s, from, prefix);
    }

    public static boolean endsWith(byte[] s, int from, int len, byte[] suffix) {
        return len >= suffix.length && regionMatches(s, from + len - suffix.length, suffix);
    }

    public static int indexOf(byte[] s, int from, int len, byte[] needle) {
        int last = from + len - needle.length;
        byte first = needle[0];
        for (int i = from; i <= last; i++) {
            if (s[i] == first && regionMatches(s, i, needle)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean regionMatches(byte[] s, int at, byte[] literal) {
        for (int i = 0; i < literal.length; i++) {
            if (s[at + i] != literal[i]) {
                return false;
            }
        }
        return true;
    }

    /** Bytes of a command-line string as the C program would have received them. */
    public static byte[] nativeBytes(String s) {
        String name = System.getProperty("sun.jnu.encoding");
        java.nio.charset.Charset cs = name != null && java.nio.charset.Charset.isSupported(name)
                ? java.nio.charset.Charset.forName(name) : StandardCharsets.UTF_8;
        return s.getBytes(cs);
    }

    public static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }
}
