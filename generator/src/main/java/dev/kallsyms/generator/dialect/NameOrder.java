package dev.kallsyms.generator.dialect;

import dev.kallsyms.generator.core.Symbol;
import java.util.Comparator;

/** Orders for kallsyms_seqs_of_names: by name bytes (unsigned), then address, then table position. */
final class NameOrder {
    private NameOrder() {
    }

    /**
     * 6.1: the names as read; with --lto-clang a name ends at its first ".llvm." so that promoted
     * static functions sort with their plain name.
     */
    static Comparator<Symbol> byOriginalName(boolean ltoClang) {
        return (a, b) -> {
            int c = compare(a.original(), nameEnd(a.original(), ltoClang), b.original(), nameEnd(b.original(), ltoClang));
            return c != 0 ? c : tieBreak(a, b);
        };
    }

    /** 6.12 and later: the C string after the first byte of the (restored) symbol bytes. */
    static Comparator<Symbol> byRestoredName() {
        return (a, b) -> {
            int c = dev.kallsyms.generator.libc.CString.strcmp(a.sym(), 1, b.sym(), 1);
            return c != 0 ? c : tieBreak(a, b);
        };
    }

    private static int tieBreak(Symbol a, Symbol b) {
        int c = Long.compareUnsigned(a.addr(), b.addr());
        return c != 0 ? c : Integer.compare(a.seq(), b.seq());
    }

    private static int nameEnd(byte[] sym, boolean ltoClang) {
        if (ltoClang) {
            int at = dev.kallsyms.generator.libc.CString.indexOf(sym, 1, sym.length - 1, ".llvm.");
            if (at >= 0) {
                return at;
            }
        }
        return sym.length;
    }

    /** strcmp of sym[1, aEnd) and sym[1, bEnd). */
    private static int compare(byte[] a, int aEnd, byte[] b, int bEnd) {
        int n = Math.min(aEnd, bEnd);
        for (int i = 1; i < n; i++) {
            int d = (a[i] & 0xff) - (b[i] & 0xff);
            if (d != 0) {
                return d;
            }
        }
        return Integer.compare(aEnd, bEnd);
    }
}
