package dev.kallsyms.generator.libc;

/**
 * The buffer getline() reuses from line to line. Bytes past the terminating NUL keep what earlier
 * lines left there, which matters because the C parser may read past the NUL of a short line.
 */
public final class LineBuffer {
    private byte[] bytes = new byte[0];

    void store(byte[] src, int from, int len) {
        int needed = len + 1;
        if (needed > bytes.length) {
            int size = Math.max(needed, Math.max(120, 2 * bytes.length));
            byte[] grown = new byte[size];
            System.arraycopy(bytes, 0, grown, 0, bytes.length);
            bytes = grown;
        }
        System.arraycopy(src, from, bytes, 0, len);
        bytes[len] = 0;
    }

    public byte[] bytes() {
        return bytes;
    }

    /** The byte at i, or NUL beyond the allocation. */
    public int at(int i) {
        return i < bytes.length ? bytes[i] : 0;
    }
}
