package dev.kallsyms.generator.libc;

/**
 * The buffer getline() reuses from line to line. Bytes past the terminating NUL keep what earlier
 * lines left there, which matters because the C parser may read past the NUL of a short line.
 */
public final class LineBuffer {
    private byte[] bytes = new byte[0];
    private int length;
    private boolean readPastLine;

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
        length = len;
    }

    public byte[] bytes() {
        return bytes;
    }

    /** The byte at i, or NUL beyond the allocation. */
    public int at(int i) {
        if (i > length) {
            readPastLine = true;
        }
        return i < bytes.length ? bytes[i] : 0;
    }

    /** Whether some line's parse read past its NUL, into what earlier lines left (or beyond the buffer). */
    public boolean readPastLine() {
        return readPastLine;
    }
}
