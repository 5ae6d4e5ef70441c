package dev.kallsyms.generator.dialect;

import dev.kallsyms.generator.libc.CExit;
import dev.kallsyms.generator.libc.COut;
import java.io.ByteArrayOutputStream;

/**
 * A part of the assembler source that needs only the sorted table, written on a second thread while
 * the main thread learns the tokens (the C does it all in order; the bytes come out the same). What the
 * part wrote, on stdout and stderr, is replayed in its place; an exit the part took happens there too.
 */
final class BackgroundText implements Runnable {
    /** Writes one part, like the C's code for it would. */
    interface Part {
        void write(COut out, COut err);
    }

    private final ByteArrayOutputStream text = new ByteArrayOutputStream(1 << 16);
    private final ByteArrayOutputStream messages = new ByteArrayOutputStream();
    private final Part part;
    private final Thread thread;
    private CExit exit;
    private RuntimeException failure;

    private BackgroundText(Part part) {
        this.part = part;
        thread = new Thread(this, "kallsyms-part");
        thread.setDaemon(true);
    }

    static BackgroundText start(Part part) {
        BackgroundText t = new BackgroundText(part);
        t.thread.start();
        return t;
    }

    @Override
    public void run() {
        COut out = new COut(text, 1 << 16);
        COut err = new COut(messages, 4096);
        try {
            part.write(out, err);
        } catch (CExit e) {
            exit = e;
        } catch (RuntimeException e) {
            failure = e;
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** Waits for the part, writes what it wrote, and exits where it exited. */
    void replay(COut out, COut err) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a part of the source", e);
        }
        if (failure != null) {
            throw failure;
        }
        byte[] b = text.toByteArray();
        out.bytes(b, 0, b.length);
        byte[] m = messages.toByteArray();
        err.bytes(m, 0, m.length);
        if (exit != null) {
            throw exit;
        }
    }
}
