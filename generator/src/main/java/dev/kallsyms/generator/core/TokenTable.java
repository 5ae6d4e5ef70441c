package dev.kallsyms.generator.core;

import java.util.Arrays;

/** The 256 table slots: a byte that stands for itself, or a two-byte token, or nothing. */
public final class TokenTable {
    private final byte[][] slots = new byte[256][];
    private final byte[][] expanded = new byte[256][];

    /** Marks a byte value as used by some symbol. */
    void useByte(int c) {
        if (slots[c] == null) {
            slots[c] = new byte[] {(byte) c};
        }
    }

    boolean isFree(int slot) {
        return slots[slot] == null;
    }

    void assignToken(int slot, int first, int second) {
        slots[slot] = new byte[] {(byte) first, (byte) second};
    }

    /** The bytes a slot stands for, fully expanded (empty for an unused slot). */
    public byte[] expansion(int slot) {
        byte[] e = expanded[slot];
        if (e == null) {
            e = expand(slot);
            expanded[slot] = e;
        }
        return e;
    }

    private byte[] expand(int slot) {
        byte[] entry = slots[slot];
        if (entry == null) {
            return new byte[0];
        }
        if (entry.length == 1) {
            return entry;
        }
        byte[] a = expansion(entry[0] & 0xff);
        byte[] b = expansion(entry[1] & 0xff);
        byte[] e = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, e, a.length, b.length);
        return e;
    }

    /** Expands compressed bytes data[off, off+len) into dst from index 0 and appends a NUL; returns the length. */
    public int expand(byte[] data, int off, int len, byte[] dst) {
        int n = 0;
        for (int i = off; i < off + len; i++) {
            byte[] e = expansion(data[i] & 0xff);
            System.arraycopy(e, 0, dst, n, e.length);
            n += e.length;
        }
        dst[n] = 0;
        return n;
    }
}
