package dev.kallsyms.generator.core;

import dev.kallsyms.generator.libc.CString;

/**
 * The table's names in one byte array, in table order: a separator byte, then each symbol's type byte
 * and name followed by one spare byte (the next one's separator), like the C's per-symbol allocation.
 * The token rounds compress each name in place; the bytes from {@link #first} to the spare byte are
 * then what the C holds in that symbol's array (compressed bytes, zeros behind them).
 */
public final class TableText {
    private final byte[] text;
    /** Where each symbol's type byte is; one more entry, as if a symbol followed the last. */
    private final int[] first;
    /** Each symbol's length: type and name as laid out (under KSYM_NAME_LEN), compressed after the rounds. */
    private final char[] len;

    private TableText(byte[] text, int[] first) {
        this.text = text;
        this.first = first;
        this.len = new char[first.length - 1];
        for (int s = 0; s < len.length; s++) {
            len[s] = (char) (first[s + 1] - first[s] - 1);
        }
    }

    static TableText of(InputSymbols input, int[] order, long[] percpuAbsolute) {
        int n = order.length;
        int[] first = new int[n + 1];
        long size = 1;
        for (int s = 0; s < n; s++) {
            first[s] = (int) size;
            size += input.length(order[s]) + 1;
            if (size > Integer.MAX_VALUE - 16) {
                throw new IllegalArgumentException("names of more than 2 GB");
            }
        }
        first[n] = (int) size;
        byte[] text = new byte[(int) size];
        for (int s = 0; s < n; s++) {
            int i = order[s];
            System.arraycopy(input.page(i), input.offset(i), text, first[s], input.length(i));
            if (SymbolTable.percpuAbsolute(percpuAbsolute, i)) {
                text[first[s]] = 'A';
            }
        }
        return new TableText(text, first);
    }

    /** The array every symbol's bytes are in. */
    public byte[] bytes() {
        return text;
    }

    public int count() {
        return len.length;
    }

    /** Where symbol s's bytes begin in {@link #bytes}. */
    public int first(int s) {
        return first[s];
    }

    /** Symbol s's length (compressed, once the tokens are learned). */
    public int len(int s) {
        return len[s];
    }

    /** The length as laid out: type and name. */
    int laidOutLength(int s) {
        return first[s + 1] - first[s] - 1;
    }

    void setLen(int s, int n) {
        len[s] = (char) n;
    }

    /** The type byte (the first byte of the symbol's array). */
    public int type(int s) {
        return text[first[s]];
    }

    /** strlen of the symbol's array from its byte k (the array ends in a zero). */
    public int strlen(int s, int k) {
        return CString.strlen(text, first[s] + k);
    }
}
