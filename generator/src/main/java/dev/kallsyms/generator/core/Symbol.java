package dev.kallsyms.generator.core;

/**
 * One table entry: the type byte followed by the name, compressed in place by the token rounds.
 * The working array keeps one spare byte past the name, like the C allocation, so C-string reads
 * stay exact. It is made from the bytes as read on first use: a symbol dropped before the tables
 * are built (most of a large map without --all-symbols) never needs one.
 */
public final class Symbol {
    private final long addr;
    private int inputOrder;
    private final byte[] original;
    private byte[] sym;
    private int len;
    private int seq;
    private boolean percpuAbsolute;

    public Symbol(long addr, int type, byte[] name, int nameOff, int nameLen, int inputOrder) {
        this.addr = addr;
        this.inputOrder = inputOrder;
        this.len = nameLen + 1;
        this.original = new byte[len];
        original[0] = (byte) type;
        System.arraycopy(name, nameOff, original, 1, nameLen);
    }

    public long addr() {
        return addr;
    }

    /** Position among the symbols read, before any filtering or sorting. */
    public int inputOrder() {
        return inputOrder;
    }

    /** Counts the symbols of the parts of the input before this one's part. */
    void shiftInputOrder(int symbolsBefore) {
        inputOrder += symbolsBefore;
    }

    /** Type byte and name as read (before the percpu override and compression). */
    public byte[] original() {
        return original;
    }

    /** The working bytes: type, then name (compressed after the token rounds). */
    public byte[] sym() {
        byte[] s = sym;
        if (s == null) {
            s = java.util.Arrays.copyOf(original, original.length + 1);
            sym = s;
        }
        return s;
    }

    public int len() {
        return len;
    }

    void setLen(int len) {
        this.len = len;
    }

    public int type() {
        return sym != null ? sym[0] : original[0];
    }

    public int seq() {
        return seq;
    }

    public void setSeq(int seq) {
        this.seq = seq;
    }

    public boolean percpuAbsolute() {
        return percpuAbsolute;
    }

    /** Per-cpu symbols become absolute with type 'A', as the C does with --absolute-percpu. */
    public void makePercpuAbsolute() {
        sym()[0] = 'A';
        percpuAbsolute = true;
    }
}
