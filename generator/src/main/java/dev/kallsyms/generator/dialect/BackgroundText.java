package dev.kallsyms.generator.dialect;

import dev.kallsyms.generator.libc.CExit;
import dev.kallsyms.generator.libc.COut;
import dev.kallsyms.generator.libc.SideThread;
import java.io.ByteArrayOutputStream;

/**
 * A part of the assembler source that needs only the sorted table, written on a second thread while
 * the main thread learns the tokens (the C does it all in order; the bytes come out the same). What the
 * part wrote, on stdout and stderr, is replayed in its place; an exit the part took happens there too.
 * A part of a huge table is written in its place instead: its text held whole would cost more memory
 * than the table (tens of megabytes at 2,000,000 symbols), and such a run is long anyway.
 */
final class BackgroundText extends SideThread {
    /** Writes one part, like the C's code for it would. */
    interface Part {
        void write(COut out, COut err);
    }

    /** Above this many symbols a part is written in its place, not held. */
    static final int HELD_UP_TO = 1 << 18;

    private final ByteArrayOutputStream text = new ByteArrayOutputStream(1 << 16);
    private final ByteArrayOutputStream messages = new ByteArrayOutputStream();
    private final COut out = new COut(text, 1 << 16);
    private final COut err = new COut(messages, 4096);
    private final Part part;

    private BackgroundText(Part part) {
        super("kallsyms-part");
        this.part = part;
    }

    /** Starts the part on its thread when it may (see above), else keeps it for its place. */
    static BackgroundText start(Part part, boolean inBackground) {
        BackgroundText t = new BackgroundText(part);
        if (inBackground) {
            t.start();
        }
        return t;
    }

    /** Whether a table of this many symbols may have its parts held whole. */
    static boolean held(int symbols) {
        return symbols <= HELD_UP_TO;
    }

    @Override
    protected void work() {
        part.write(out, err);
    }

    @Override
    protected void finish() {
        out.flush();
        err.flush();
    }

    /** Waits for the part, writes what it wrote, and exits where it exited. */
    void replay(COut into, COut errInto) {
        if (getState() == State.NEW) {
            part.write(into, errInto);
            return;
        }
        CExit exit = await();
        byte[] b = text.toByteArray();
        into.bytes(b, 0, b.length);
        byte[] m = messages.toByteArray();
        errInto.bytes(m, 0, m.length);
        if (exit != null) {
            throw exit;
        }
    }
}
