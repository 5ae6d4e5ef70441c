package dev.kallsyms.generator.core;

import dev.kallsyms.generator.libc.COut;
import dev.kallsyms.generator.libc.CString;

/**
 * The state one run of the C program keeps in globals: symbols read, ranges, _text, relative base; then
 * the table (the symbols kept, in address order) and its names laid out for the token rounds. The table
 * is a list of input indices, the symbols themselves stay in {@link InputSymbols}.
 */
public final class SymbolTable {
    private final SymbolRules rules;
    private final COut err;
    private final AddrRange text = new AddrRange("_stext", "_etext", 0, 0);
    private final AddrRange initText = new AddrRange("_sinittext", "_einittext", 0, 0);
    private final AddrRange percpu = new AddrRange("__per_cpu_start", "__per_cpu_end", -1L, 0);
    private InputSymbols input = new InputSymbols();
    /** Table position to input index. */
    private int[] order;
    /** By input index: made absolute ('A') by --absolute-percpu. */
    private long[] percpuAbsolute;
    private TableText names;
    private long textAddr;
    private boolean textAddrSeen;
    private long relativeBase;

    public SymbolTable(SymbolRules rules, COut err) {
        this.rules = rules;
        this.err = err;
    }

    /** Takes one parsed line (name given as its C string length); warns about over-long names. */
    public void accept(long addr, int type, byte[] name, int off, int len) {
        if (len >= rules.maxNameLen()) {
            err.print("Symbol ").bytes(name, off, len).print(" too long for kallsyms (").dec(len)
                    .print(" >= ").dec(rules.maxNameLen()).print(").\n")
                    .print("Please increase KSYM_NAME_LEN both in kernel and kallsyms.c\n");
            return;
        }
        if (CString.equals(name, off, len, "_text")) {
            textAddr = addr;
            textAddrSeen = true;
        }
        if (rules.ignored(name, off, len, type)) {
            return;
        }
        if (!text.record(name, off, len, addr)) {
            initText.record(name, off, len, addr);
        }
        if (rules.tracksPercpu()) {
            percpu.record(name, off, len, addr);
        }
        input.add(addr, type, name, off, len);
    }

    /**
     * A table for a later part of the same input, read on its own (its warnings go to err) and then
     * joined to this one with {@link #append}.
     */
    public SymbolTable part(COut partErr) {
        return new SymbolTable(rules, partErr);
    }

    /** Joins the table of the input part that follows what this table has read: as if read here. */
    public void append(SymbolTable part) {
        input.append(part.input);
        if (part.textAddrSeen) {
            textAddr = part.textAddr;
            textAddrSeen = true;
        }
        text.takeLater(part.text);
        initText.takeLater(part.initText);
        percpu.takeLater(part.percpu);
    }

    /** The symbols read, in input order. */
    public InputSymbols input() {
        return input;
    }

    /** The table: these input indices, ascending, until {@link #sortByAddress} orders them. */
    public void keep(int[] inputIndices) {
        order = inputIndices;
        percpuAbsolute = new long[(input.count() + 63) >>> 6];
    }

    public int size() {
        return order.length;
    }

    /** The input index of table entry i. */
    public int inputIndex(int i) {
        return order[i];
    }

    public long addr(int i) {
        return input.addr(order[i]);
    }

    public boolean percpuAbsolute(int i) {
        return percpuAbsolute(percpuAbsolute, order[i]);
    }

    static boolean percpuAbsolute(long[] bits, int inputIndex) {
        return (bits[inputIndex >>> 6] & 1L << inputIndex) != 0;
    }

    /** Per-cpu symbols become absolute with type 'A', as the C does with --absolute-percpu. */
    public void makePercpusAbsolute() {
        for (int i : order) {
            if (percpu.contains(input.addr(i))) {
                percpuAbsolute[i >>> 6] |= 1L << i;
            }
        }
    }

    /** The address table's order (see {@link AddressOrder}); the table position is each symbol's seq. */
    public void sortByAddress() {
        IndexSort.sort(order, new AddressOrder(input, percpuAbsolute));
    }

    /** The address of the first symbol (in sorted order) that is not per-cpu absolute. */
    public void recordRelativeBase() {
        for (int i = 0; i < order.length; i++) {
            if (!percpuAbsolute(i)) {
                relativeBase = addr(i);
                return;
            }
        }
    }

    /** Lays the table's names out for the token rounds; the input's names are no longer held. */
    public TableText layOutNames(boolean keepInputNames) {
        names = TableText.of(input, order, percpuAbsolute);
        if (!keepInputNames) {
            input.dropNames();
        }
        return names;
    }

    /** The names in table order: as laid out, compressed after the token rounds. */
    public TableText names() {
        return names;
    }

    public AddrRange text() {
        return text;
    }

    public AddrRange initText() {
        return initText;
    }

    public AddrRange percpu() {
        return percpu;
    }

    public long textAddr() {
        return textAddr;
    }

    public long relativeBase() {
        return relativeBase;
    }
}
