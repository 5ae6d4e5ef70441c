package dev.kallsyms.generator.dialect;

import dev.kallsyms.generator.libc.CString;
import java.util.List;

/**
 * Lists of exact names, prefixes, suffixes and substrings that a generation drops while reading. Every
 * symbol read goes through them, so each list has a cheap gate in front (the lengths of the exact names,
 * the first two bytes of the prefixes, the last bytes of the suffixes, the first bytes of the substrings):
 * most names pass all four gates without one comparison.
 */
final class NameFilter {
    private static final byte[][] KEPT_ABSOLUTE = bytes(List.of("__kernel_syscall_via_break",
            "__kernel_syscall_via_epc", "__kernel_sigtramp", "__gp"));

    // as bytes: every symbol read goes through these lists
    private final byte[][] exact;
    private final byte[][] prefixes;
    private final byte[][] suffixes;
    private final byte[][] substrings;

    private final boolean[] exactLength;
    /** Indexed by a name's first two bytes; null when some prefix is shorter than two bytes. */
    private final boolean[] prefixStart;
    private final boolean[] suffixEnd = new boolean[256];
    private final boolean[] substringStart = new boolean[256];

    NameFilter(List<String> exact, List<String> prefixes, List<String> suffixes, List<String> substrings) {
        this.exact = bytes(exact);
        this.prefixes = bytes(prefixes);
        this.suffixes = bytes(suffixes);
        this.substrings = bytes(substrings);
        int longest = 0;
        for (byte[] e : this.exact) {
            longest = Math.max(longest, e.length);
        }
        exactLength = new boolean[longest + 1];
        for (byte[] e : this.exact) {
            exactLength[e.length] = true;
        }
        boolean[] starts = new boolean[0x10000];
        for (byte[] p : this.prefixes) {
            if (p.length < 2) {
                starts = null;
                break;
            }
            starts[twoBytes(p, 0)] = true;
        }
        prefixStart = starts;
        for (byte[] x : this.suffixes) {
            suffixEnd[x[x.length - 1] & 0xff] = true;
        }
        for (byte[] m : this.substrings) {
            substringStart[m[0] & 0xff] = true;
        }
    }

    boolean matches(byte[] s, int off, int len) {
        if (len < exactLength.length && exactLength[len]) {
            for (byte[] e : exact) {
                if (CString.equals(s, off, len, e)) {
                    return true;
                }
            }
        }
        if (prefixStart == null || (len >= 2 && prefixStart[twoBytes(s, off)])) {
            for (byte[] p : prefixes) {
                if (CString.startsWith(s, off, len, p)) {
                    return true;
                }
            }
        }
        if (len > 0 && suffixEnd[s[off + len - 1] & 0xff]) {
            for (byte[] x : suffixes) {
                if (CString.endsWith(s, off, len, x)) {
                    return true;
                }
            }
        }
        return substrings.length > 0 && containsSubstring(s, off, len);
    }

    private boolean containsSubstring(byte[] s, int off, int len) {
        boolean[] start = substringStart;
        for (int i = off, end = off + len; i < end; i++) {
            if (start[s[i] & 0xff]) {
                for (byte[] m : substrings) {
                    if (i + m.length <= end && CString.startsWith(s, i, m.length, m)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static int twoBytes(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8;
    }

    /** The absolute symbols every generation keeps (ia64 and alpha gateway symbols). */
    static boolean keptAbsolute(byte[] s, int off, int len) {
        for (byte[] k : KEPT_ABSOLUTE) {
            if (CString.equals(s, off, len, k)) {
                return true;
            }
        }
        return false;
    }

    static boolean isAbsoluteType(int type) {
        return type == 'A' || type == 'a';
    }

    private static byte[][] bytes(List<String> literals) {
        byte[][] b = new byte[literals.size()][];
        for (int i = 0; i < b.length; i++) {
            b[i] = CString.ascii(literals.get(i));
        }
        return b;
    }
}
