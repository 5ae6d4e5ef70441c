package dev.kallsyms.generator.dialect;

import dev.kallsyms.generator.libc.CString;
import java.util.List;

/** Lists of exact names, prefixes, suffixes and substrings that a generation drops while reading. */
final class NameFilter {
    private static final byte[][] KEPT_ABSOLUTE = bytes(List.of("__kernel_syscall_via_break",
            "__kernel_syscall_via_epc", "__kernel_sigtramp", "__gp"));

    // as bytes: every symbol read goes through these lists
    private final byte[][] exact;
    private final byte[][] prefixes;
    private final byte[][] suffixes;
    private final byte[][] substrings;

    NameFilter(List<String> exact, List<String> prefixes, List<String> suffixes, List<String> substrings) {
        this.exact = bytes(exact);
        this.prefixes = bytes(prefixes);
        this.suffixes = bytes(suffixes);
        this.substrings = bytes(substrings);
    }

    boolean matches(byte[] s, int off, int len) {
        for (byte[] e : exact) {
            if (CString.equals(s, off, len, e)) {
                return true;
            }
        }
        for (byte[] p : prefixes) {
            if (CString.startsWith(s, off, len, p)) {
                return true;
            }
        }
        for (byte[] x : suffixes) {
            if (CString.endsWith(s, off, len, x)) {
                return true;
            }
        }
        for (byte[] m : substrings) {
            if (CString.indexOf(s, off, len, m) >= 0) {
                return true;
            }
        }
        return false;
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
