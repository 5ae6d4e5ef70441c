package dev.kallsyms.generator.core;

import dev.kallsyms.generator.libc.CString;

/** An address range bounded by two marker symbols; the last marker seen sets the bound. */
public final class AddrRange {
    private final String startSym;
    private final String endSym;
    private long start;
    private long end;
    private boolean startSeen;
    private boolean endSeen;

    public AddrRange(String startSym, String endSym, long start, long end) {
        this.startSym = startSym;
        this.endSym = endSym;
        this.start = start;
        this.end = end;
    }

    /** Records addr when the name is one of the two markers; true when it was. */
    public boolean record(byte[] name, int off, int len, long addr) {
        if (CString.equals(name, off, len, startSym)) {
            start = addr;
            startSeen = true;
            return true;
        }
        if (CString.equals(name, off, len, endSym)) {
            end = addr;
            endSeen = true;
            return true;
        }
        return false;
    }

    /** The bounds that a later part of the input recorded replace these (the last marker wins). */
    void takeLater(AddrRange later) {
        if (later.startSeen) {
            start = later.start;
            startSeen = true;
        }
        if (later.endSeen) {
            end = later.end;
            endSeen = true;
        }
    }

    public boolean contains(long addr) {
        return Long.compareUnsigned(addr, start) >= 0 && Long.compareUnsigned(addr, end) <= 0;
    }

    public String endSym() {
        return endSym;
    }

    public long start() {
        return start;
    }

    public long end() {
        return end;
    }
}
