package dev.kallsyms.generator.libc;

/** A stdio input stream over bytes already read: getc, ungetc and the end-of-file indicator. */
public final class CInput {
    private final byte[] data;
    private int pos;
    private boolean eof;

    public CInput(byte[] data) {
        this(data, 0);
    }

    /** A stream whose first byte is data[from] (as if the bytes before had been read). */
    public CInput(byte[] data, int from) {
        this.data = data;
        this.pos = from;
    }

    public int getc() {
        if (pos >= data.length) {
            eof = true;
            return CChar.EOF;
        }
        return data[pos++] & 0xff;
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
        if (pos >= data.length) {
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
        if (pos >= data.length) {
            eof = true;
            return -1;
        }
        int end = pos;
        while (end < data.length && data[end] != '\n') {
            end++;
        }
        if (end < data.length) {
            end++;
        } else {
            eof = true;
        }
        int len = end - pos;
        buffer.store(data, pos, len);
        pos = end;
        return len;
    }
}
