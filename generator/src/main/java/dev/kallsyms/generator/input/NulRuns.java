package dev.kallsyms.generator.input;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The raw map with every run of NUL bytes longer than KEEP (in tests less) shortened by a multiple of the parser's
 * NUL step ({@link MapReader#nulStep}), which changes nothing the parser does: a sparse file or /dev/zero
 * then needs a few megabytes, not its own size. (A getline parser keeps stale bytes of earlier lines in its
 * buffer; only a line over KEEP bytes long could see the shortening through them.) A line that goes on for
 * more than {@link #LINE_LIMIT} bytes stops the reading with {@link LineTooLong}.
 */
final class NulRuns {
    static final int KEEP = 1 << 20;
    static final long LINE_LIMIT = 1L << 32;
    private static final byte[] ZEROS = new byte[1 << 20];

    private final InputStream raw;
    private final int step;
    private final int keep;
    private final byte[] scratch = new byte[ZEROS.length];
    private int at;
    private int held;
    private boolean rawEnded;
    private long run;
    private long owed;
    private long lineBytes;

    NulRuns(InputStream raw, int step, int keep) {
        this.raw = raw;
        this.step = step;
        this.keep = keep;
    }

    /** Up to n bytes into dst at off; -1 at the end. */
    int read(byte[] dst, int off, int n) throws IOException {
        int done = 0;
        while (done < n) {
            if (owed > 0) {
                int k = (int) Math.min(owed, n - done);
                Arrays.fill(dst, off + done, off + done + k, (byte) 0);
                owed -= k;
                done += k;
            } else if (at == held && !refill()) {
                if (run == 0) {
                    break;
                }
                endRun();
            } else if (run > 0 || scratch[at] == 0) {
                countNuls();
            } else {
                done += copyText(dst, off + done, n - done);
            }
        }
        return done == 0 && n > 0 ? -1 : done;
    }

    private boolean refill() throws IOException {
        if (rawEnded) {
            return false;
        }
        int r = raw.read(scratch, 0, scratch.length);
        if (r < 0) {
            rawEnded = true;
            return false;
        }
        at = 0;
        held = r;
        return true;
    }

    private void countNuls() throws LineTooLong {
        int firstText = Arrays.mismatch(scratch, at, held, ZEROS, 0, held - at);
        int nuls = firstText < 0 ? held - at : firstText;
        at += nuls;
        run += nuls;
        lineBytes += nuls;
        if (lineBytes > LINE_LIMIT) {
            throw new LineTooLong();
        }
        if (at < held) {
            endRun();
        }
    }

    private void endRun() {
        owed = run <= keep ? run : run - (run - keep) / step * step;
        run = 0;
    }

    /** Bytes up to the next NUL, at most n of them. */
    private int copyText(byte[] dst, int off, int n) throws LineTooLong {
        int end = Math.min(held, at + n);
        int i = at;
        int lastNewline = -1;
        for (byte b; i < end && (b = scratch[i]) != 0; i++) {
            if (b == '\n') {
                lastNewline = i;
            }
        }
        int k = i - at;
        System.arraycopy(scratch, at, dst, off, k);
        lineBytes = lastNewline >= 0 ? i - lastNewline - 1 : lineBytes + k;
        at = i;
        if (lineBytes > LINE_LIMIT) {
            throw new LineTooLong();
        }
        return k;
    }
}
