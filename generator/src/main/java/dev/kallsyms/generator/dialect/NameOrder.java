package dev.kallsyms.generator.dialect;

import dev.kallsyms.generator.core.Symbol;
import dev.kallsyms.generator.libc.CString;
import java.util.Arrays;
import java.util.List;

/**
 * Orders for kallsyms_seqs_of_names: by name bytes (unsigned), then address, then table position.
 *
 * <p>The lists come in table order, where addresses never decrease, so among equal names table
 * position alone gives the C's order. That allows sorting plain numbers instead of objects: each
 * symbol becomes one long holding five name bytes above its list index, sorted as primitives; runs
 * that share those five bytes and whose names go on are sorted again on the next five. Names hold
 * no NUL, so the zero padding behind a name's end sorts a shorter name first, as strcmp does, and
 * equal padded chunks mean equal names, left in index order.
 */
final class NameOrder {
    private static final byte[] LLVM_SUFFIX = CString.ascii(".llvm.");
    private static final int CHUNK = 5;
    private static final int INDEX_BITS = 24;
    private static final long INDEX_MASK = (1L << INDEX_BITS) - 1;

    private final byte[][] names;
    private final int[] ends;
    private final long[] keys;
    private final int[] order;

    private NameOrder(byte[][] names, int[] ends) {
        this.names = names;
        this.ends = ends;
        int n = names.length;
        keys = new long[n];
        order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
    }

    /**
     * 6.1: the names as read; with --lto-clang a name ends at its first ".llvm." so that promoted
     * static functions sort with their plain name.
     */
    static void sortByOriginalName(List<Symbol> symbols, boolean ltoClang) {
        byte[][] names = new byte[symbols.size()][];
        int[] ends = new int[names.length];
        for (int i = 0; i < names.length; i++) {
            byte[] o = symbols.get(i).original();
            names[i] = o;
            ends[i] = nameEnd(o, ltoClang);
        }
        sort(symbols, names, ends);
    }

    /** 6.12 and later: the C string after the first byte of the (restored) symbol bytes. */
    static void sortByRestoredName(List<Symbol> symbols) {
        byte[][] names = new byte[symbols.size()][];
        int[] ends = new int[names.length];
        for (int i = 0; i < names.length; i++) {
            byte[] b = symbols.get(i).sym();
            names[i] = b;
            ends[i] = 1 + CString.strlen(b, 1);
        }
        sort(symbols, names, ends);
    }

    /** Sorts by names[i][1, ends[i]); the list must be in table order. */
    private static void sort(List<Symbol> symbols, byte[][] names, int[] ends) {
        int n = symbols.size();
        if (n > INDEX_MASK + 1) {
            throw new IllegalArgumentException(n + " symbols, more than a name sort handles");
        }
        Symbol[] inTableOrder = symbols.toArray(new Symbol[0]);
        for (int i = 1; i < n; i++) {
            if (inTableOrder[i].seq() <= inTableOrder[i - 1].seq()) {
                throw new IllegalArgumentException("symbols not in table order");
            }
        }
        NameOrder sorter = new NameOrder(names, ends);
        sorter.sortRange(0, n, 0);
        for (int i = 0; i < n; i++) {
            symbols.set(i, inTableOrder[sorter.order[i]]);
        }
    }

    private void sortRange(int from, int to, int depth) {
        int offset = 1 + depth * CHUNK;
        for (int i = from; i < to; i++) {
            int index = order[i];
            // the sign bit flipped: a signed sort of the keys is then unsigned in the name bytes
            keys[i] = (chunk(names[index], offset, ends[index]) << INDEX_BITS | index) ^ Long.MIN_VALUE;
        }
        Arrays.sort(keys, from, to);
        for (int i = from; i < to; i++) {
            order[i] = (int) (keys[i] & INDEX_MASK);
        }
        int runStart = from;
        while (runStart < to) {
            long chunk = keys[runStart] >>> INDEX_BITS;
            int runEnd = runStart + 1;
            while (runEnd < to && keys[runEnd] >>> INDEX_BITS == chunk) {
                runEnd++;
            }
            // a chunk that ends in padding ends every name of the run: equal names, in index order
            if (runEnd - runStart > 1 && (chunk & 0xff) != 0) {
                sortRange(runStart, runEnd, depth + 1);
            }
            runStart = runEnd;
        }
    }

    /** Bytes [offset, offset + CHUNK) of the name, big-endian, zero where the name has ended. */
    private static long chunk(byte[] name, int offset, int end) {
        long c = 0;
        for (int i = offset; i < offset + CHUNK; i++) {
            c = c << 8 | (i < end ? name[i] & 0xff : 0);
        }
        return c;
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
}
