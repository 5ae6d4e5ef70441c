package dev.kallsyms.generator.core;

import dev.kallsyms.generator.libc.CString;

/** An address range bounded by two marker symbols; the last marker seen sets the bound. */
public final class AddrRange {
    private final String startSym;
    private final String endSym;
    private long start;
    private long end;

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
            return true;
        }
        if (CString.equals(name, off, len, endSym)) {
            end = addr;
            return true;
        }
        return false;
    }

    public boolean contains(long addr) {
        return Long.compareUnsigned(addr, start) >= 0 && Long.compareUnsigned(addr, end) <= 0;
    }

    public String endSym() {
        return endSym;
    }

    public long end() {
        return end;
    }
}
