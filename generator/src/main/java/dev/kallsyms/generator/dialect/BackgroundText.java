package dev.kallsyms.generator.dialect;

import dev.kallsyms.generator.libc.CExit;
import dev.kallsyms.generator.libc.COut;
import dev.kallsyms.generator.libc.SideThread;
import java.io.ByteArrayOutputStream;

/**
 * A part of the assembler source that needs only the sorted table, written on a second thread while
 * the main thread learns the tokens (the C does it all in order; the bytes come out the same). What the
 * part wrote, on stdout and stderr, is replayed in its place; an exit the part took happens there too.
 */
final class BackgroundText extends SideThread {
    /** Writes one part, like the C's code for it would. */
    interface Part {
        void write(COut out, COut err);
    }

    private final ByteArrayOutputStream text = new ByteArrayOutputStream(1 << 16);
    private final ByteArrayOutputStream messages = new ByteArrayOutputStream();
    private final COut out = new COut(text, 1 << 16);
    private final COut err = new COut(messages, 4096);
    private final Part part;

    private BackgroundText(Part part) {
        super("kallsyms-part");
        this.part = part;
    }

    static BackgroundText start(Part part) {
        BackgroundText t = new BackgroundText(part);
        t.start();
        return t;
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
