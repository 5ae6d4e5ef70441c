package dev.kallsyms.generator.core;

import java.util.Arrays;

/**
 * The symbols as read, in input order: parallel arrays of address and where each one's type byte and
 * name sit, the bytes packed one after another into 1 MiB pages. No object per symbol and no growth by
 * copying the bytes: at 2,000,000 symbols this is ~30 bytes per symbol where a Symbol object with its
 * two byte arrays took ~180.
 */
public final class InputSymbols {
    static final int PAGE_BITS = 20;
    private static final int PAGE = 1 << PAGE_BITS;
    private static final int OFFSET_MASK = PAGE - 1;

    private long[] addr = new long[4096];
    /** Page number above {@link #PAGE_BITS}, offset of the type byte below. */
    private int[] at = new int[4096];
    /** Type byte plus name: at most KSYM_NAME_LEN, far below a char's range. */
    private char[] length = new char[4096];
    private byte[][] pages = new byte[4][];
    private int pageCount;
    private int fill = PAGE;
    private int count;

    public int count() {
        return count;
    }

    void add(long address, int type, byte[] name, int off, int len) {
        if (count == addr.length) {
            int grown = count + (count >> 1);
            addr = Arrays.copyOf(addr, grown);
            at = Arrays.copyOf(at, grown);
            length = Arrays.copyOf(length, grown);
        }
        if (fill + len + 1 > PAGE) {
            newPage();
        }
        byte[] page = pages[pageCount - 1];
        page[fill] = (byte) type;
        System.arraycopy(name, off, page, fill + 1, len);
        addr[count] = address;
        at[count] = (pageCount - 1) << PAGE_BITS | fill;
        length[count] = (char) (len + 1);
        fill += len + 1;
        count++;
    }

    private void newPage() {
        if (pageCount == pages.length) {
            pages = Arrays.copyOf(pages, pageCount * 2);
        }
        pages[pageCount++] = new byte[PAGE];
        fill = 0;
    }

    /** Takes over the symbols of a later part of the input; its pages are adopted, not copied. */
    void append(InputSymbols later) {
        int shift = pageCount << PAGE_BITS;
        int n = count + later.count;
        addr = Arrays.copyOf(addr, n);
        at = Arrays.copyOf(at, n);
        length = Arrays.copyOf(length, n);
        System.arraycopy(later.addr, 0, addr, count, later.count);
        System.arraycopy(later.length, 0, length, count, later.count);
        for (int i = 0; i < later.count; i++) {
            at[count + i] = later.at[i] + shift;
        }
        pages = Arrays.copyOf(pages, pageCount + later.pageCount + 1);
        System.arraycopy(later.pages, 0, pages, pageCount, later.pageCount);
        pageCount += later.pageCount;
        fill = later.fill;
        count = n;
    }

    /** Forgets the names (the addresses stay): the table has its own copy from here on. */
    void dropNames() {
        pages = null;
        at = null;
        length = null;
    }

    public long addr(int i) {
        return addr[i];
    }

    /** The page holding symbol i's type byte and name. */
    public byte[] page(int i) {
        return pages[at[i] >>> PAGE_BITS];
    }

    /** Where in {@link #page} symbol i's type byte is; its name follows. */
    public int offset(int i) {
        return at[i] & OFFSET_MASK;
    }

    /** Type byte plus name. */
    public int length(int i) {
        return length[i];
    }

    public int type(int i) {
        return page(i)[offset(i)];
    }

    /** The pages and, per symbol, where its type byte is: page number above {@code PAGE_BITS}. */
    byte[][] pages() {
        return pages;
    }

    int at(int i) {
        return at[i];
    }
}
