package dev.kallsyms.generator.libc;

/** Thrown where the C program calls exit(): unwinds to the entry point, which flushes what was written. */
public final class CExit extends RuntimeException {
    private final int status;

    public CExit(int status) {
        super("exit(" + status + ")", null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
