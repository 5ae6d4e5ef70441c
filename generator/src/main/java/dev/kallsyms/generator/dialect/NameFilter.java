package dev.kallsyms.generator.dialect;

import dev.kallsyms.generator.libc.CString;
import java.util.List;

/** Lists of exact names, prefixes, suffixes and substrings that a generation drops while reading. */
record NameFilter(List<String> exact, List<String> prefixes, List<String> suffixes, List<String> substrings) {

    boolean matches(byte[] s, int off, int len) {
        for (String e : exact) {
            if (CString.equals(s, off, len, e)) {
                return true;
            }
        }
        for (String p : prefixes) {
            if (CString.startsWith(s, off, len, p)) {
                return true;
            }
        }
        for (String x : suffixes) {
            if (CString.endsWith(s, off, len, x)) {
                return true;
            }
        }
        for (String m : substrings) {
            if (CString.indexOf(s, off, len, m) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The absolute symbols every generation keeps (ia64 and alpha gateway symbols). */
    static boolean keptAbsolute(byte[] s, int off, int len) {
        return CString.equals(s, off, len, "__kernel_syscall_via_break")
                || CString.equals(s, off, len, "__kernel_syscall_via_epc")
                || CString.equals(s, off, len, "__kernel_sigtramp")
                || CString.equals(s, off, len, "__gp");
    }

    static boolean isAbsoluteType(int type) {
        return type == 'A' || type == 'a';
    }
}
