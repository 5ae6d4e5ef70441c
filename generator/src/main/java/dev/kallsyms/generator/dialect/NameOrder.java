package dev.kallsyms.generator.dialect;

import dev.kallsyms.generator.core.Symbol;
import dev.kallsyms.generator.libc.CString;
import java.util.Comparator;
import java.util.List;

/**
 * Orders for kallsyms_seqs_of_names: by name bytes (unsigned), then address, then table position.
 * Each symbol first gets a key of its first eight name bytes, so most comparisons of a large table
 * are decided by one number instead of a walk through two byte arrays (names hold no NUL, so the
 * zero padding of short names sorts them first, as the byte comparison does).
 */
final class NameOrder {
    private static final byte[] LLVM_SUFFIX = CString.ascii(".llvm.");

    private NameOrder() {
    }

    /**
     * 6.1: the names as read; with --lto-clang a name ends at its first ".llvm." so that promoted
     * static functions sort with their plain name.
     */
    static void sortByOriginalName(List<Symbol> symbols, boolean ltoClang) {
        for (Symbol s : symbols) {
            s.setNameKey(key(s.original(), nameEnd(s.original(), ltoClang)));
        }
        symbols.sort(new ByKey(new OriginalNames(ltoClang)));
    }

    /** 6.12 and later: the C string after the first byte of the (restored) symbol bytes. */
    static void sortByRestoredName(List<Symbol> symbols) {
        for (Symbol s : symbols) {
            s.setNameKey(key(s.sym(), 1 + CString.strlen(s.sym(), 1)));
        }
        symbols.sort(new ByKey(new RestoredNames()));
    }

    // named classes rather than lambdas: linking a lambda costs milliseconds of a short run
    private record ByKey(Comparator<Symbol> names) implements Comparator<Symbol> {
        @Override
        public int compare(Symbol a, Symbol b) {
            int c = Long.compareUnsigned(a.nameKey(), b.nameKey());
            if (c == 0) {
                c = names.compare(a, b);
            }
            if (c != 0) {
                return c;
            }
            c = Long.compareUnsigned(a.addr(), b.addr());
            return c != 0 ? c : Integer.compare(a.seq(), b.seq());
        }
    }

    private record OriginalNames(boolean ltoClang) implements Comparator<Symbol> {
        @Override
        public int compare(Symbol a, Symbol b) {
            return NameOrder.compare(a.original(), nameEnd(a.original(), ltoClang), b.original(),
                    nameEnd(b.original(), ltoClang));
        }
    }

    private record RestoredNames() implements Comparator<Symbol> {
        @Override
        public int compare(Symbol a, Symbol b) {
            return CString.strcmp(a.sym(), 1, b.sym(), 1);
        }
    }

    /** Bytes [1, end) of sym, the first eight of them big-endian, zero-padded. */
    private static long key(byte[] sym, int end) {
        long k = 0;
        for (int i = 1; i <= 8; i++) {
            k = (k << 8) | (i < end ? sym[i] & 0xff : 0);
        }
        return k;
    }

    private static int nameEnd(byte[] sym, boolean ltoClang) {
        if (ltoClang) {
            int at = CString.indexOf(sym, 1, sym.length - 1, LLVM_SUFFIX);
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
