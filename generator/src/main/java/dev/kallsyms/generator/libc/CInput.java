package dev.kallsyms.generator.libc;

/**
 * A stdio input stream over bytes already read: getc, ungetc and the end-of-file indicator. It may hold
 * only a window of a longer input: reaching the window's end then throws {@link NeedMore}, and the caller
 * reads the record again from its start once more input is held.
 */
public final class CInput {
    private final byte[] data;
    private final int end;
    private final boolean more;
    private int pos;
    private boolean eof;

    public CInput(byte[] data) {
        this(data, 0);
    }

    /** A stream whose first byte is data[from] (as if the bytes before had been read). */
    public CInput(byte[] data, int from) {
        this(data, from, data.length, false);
    }

    /** data[from, end) of an input that goes on past end when {@code more} is set. */
    public CInput(byte[] data, int from, int end, boolean more) {
        this.data = data;
        this.pos = from;
        this.end = end;
        this.more = more;
    }

    public int getc() {
        if (pos >= end) {
            return atEnd();
        }
        return data[pos++] & 0xff;
    }

    private int atEnd() {
        if (more) {
            throw NeedMore.INSTANCE;
        }
        eof = true;
        return CChar.EOF;
    }

    /** The end of the bytes held. */
    public int end() {
        return end;
    }

    /** Whether the input goes on past {@link #end()}. */
    public boolean more() {
        return more;
    }

    /** Pushes back the last character read; pushing back EOF does nothing, as in C. */
    public void ungetc(int c) {
        if (c != CChar.EOF) {
            pos--;
            eof = false;
        }
    }

    /** The whole input (for scanners that look ahead without consuming). */
    public byte[] data() {
        return data;
    }

    public int position() {
        return pos;
    }

    /** Consumes up to pos; reaching the end sets the end-of-file indicator, as the getc that hit it would. */
    public void moveTo(int pos) {
        this.pos = pos;
        if (pos >= end && !more) {
            eof = true;
        }
    }

    public boolean feof() {
        return eof;
    }

    /** fgets: reads up to size-1 bytes or through a newline; false when nothing could be read. */
    public boolean fgets(int size) {
        int read = 0;
        while (read < size - 1) {
            int c = getc();
            if (c == CChar.EOF) {
                break;
            }
            read++;
            if (c == '\n') {
                break;
            }
        }
        return read > 0;
    }

    /**
     * getline: copies the next line (with its newline) into the buffer followed by a NUL.
     * Returns the length read, or -1 at end of file.
     */
    public int getline(LineBuffer buffer) {
        if (pos >= end) {
            return atEnd();
        }
        int stop = pos;
        while (stop < end && data[stop] != '\n') {
            stop++;
        }
        if (stop < end) {
            stop++;
        } else {
            atEnd();
        }
        int len = stop - pos;
        buffer.store(data, pos, len);
        pos = stop;
        return len;
    }

    /** The window ended inside a record and more input follows. */
    public static final class NeedMore extends RuntimeException {
        private static final NeedMore INSTANCE = new NeedMore();

        private NeedMore() {
            super("more input needed", null, false, false);
        }
    }
}
