package dev.kallsyms.generator.dialect;

import dev.kallsyms.generator.core.InputSymbols;
import dev.kallsyms.generator.core.SymbolTable;
import dev.kallsyms.generator.core.TableText;
import dev.kallsyms.generator.libc.CString;
import java.util.Arrays;

/**
 * Orders for kallsyms_seqs_of_names: by name bytes (unsigned), then address, then table position.
 *
 * <p>Addresses never decrease along the table, so among equal names table position alone gives the
 * C's order. That allows sorting plain numbers instead of objects: each symbol becomes one long holding
 * five name bytes above its table position, sorted as primitives; runs that share those five bytes and
 * whose names go on are sorted again on the next five. Names hold no NUL, so the zero padding behind a
 * name's end sorts a shorter name first, as strcmp does, and equal padded chunks mean equal names, left
 * in position order.
 */
final class NameOrder {
    private static final byte[] LLVM_SUFFIX = CString.ascii(".llvm.");
    private static final int CHUNK = 5;
    private static final int INDEX_BITS = 24;
    private static final long INDEX_MASK = (1L << INDEX_BITS) - 1;

    /** Where each table position's name is: its array, its first byte, the byte after its last. */
    private final byte[][] arrays;
    private final int[] starts;
    private final int[] ends;
    private final long[] keys;
    private final int[] order;

    private NameOrder(byte[][] arrays, int[] starts, int[] ends) {
        this.arrays = arrays;
        this.starts = starts;
        this.ends = ends;
        int n = starts.length;
        keys = new long[n];
        order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
    }

    /**
     * 6.1: the table positions ordered by the names as read; with --lto-clang a name ends at its first
     * ".llvm." so that promoted static functions sort with their plain name.
     */
    static int[] byOriginalName(SymbolTable table, boolean ltoClang) {
        InputSymbols input = table.input();
        int n = table.size();
        byte[][] arrays = new byte[n][];
        int[] starts = new int[n];
        int[] ends = new int[n];
        for (int i = 0; i < n; i++) {
            int k = table.inputIndex(i);
            arrays[i] = input.page(k);
            starts[i] = input.offset(k) + 1;
            ends[i] = nameEnd(arrays[i], starts[i], input.length(k) - 1, ltoClang);
        }
        return sort(arrays, starts, ends);
    }

    /** 6.12 and later: the C string after the first byte of each symbol's (restored) array. */
    static int[] byRestoredName(TableText names) {
        int n = names.count();
        byte[][] arrays = new byte[n][];
        int[] starts = new int[n];
        int[] ends = new int[n];
        for (int i = 0; i < n; i++) {
            arrays[i] = names.bytes();
            starts[i] = names.first(i) + 1;
            ends[i] = starts[i] + names.strlen(i, 1);
        }
        return sort(arrays, starts, ends);
    }

    private static int[] sort(byte[][] arrays, int[] starts, int[] ends) {
        int n = starts.length;
        if (n > INDEX_MASK + 1) {
            throw new IllegalArgumentException(n + " symbols, more than a name sort handles");
        }
        NameOrder sorter = new NameOrder(arrays, starts, ends);
        sorter.sortRange(0, n, 0);
        return sorter.order;
    }

    private void sortRange(int from, int to, int depth) {
        int offset = depth * CHUNK;
        for (int i = from; i < to; i++) {
            int index = order[i];
            // the sign bit flipped: a signed sort of the keys is then unsigned in the name bytes
            keys[i] = (chunk(arrays[index], starts[index] + offset, ends[index]) << INDEX_BITS | index)
                    ^ Long.MIN_VALUE;
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

    /** The end of the name at start (len bytes), cut at ".llvm." with --lto-clang. */
    private static int nameEnd(byte[] page, int start, int len, boolean ltoClang) {
        if (ltoClang) {
            int at = CString.indexOf(page, start, len, LLVM_SUFFIX);
            if (at >= 0) {
                return at;
            }
        }
        return start + len;
    }
}
