package dev.kallsyms.generator.core;

import dev.kallsyms.generator.libc.COut;
import dev.kallsyms.generator.libc.CString;
import java.util.ArrayList;
import java.util.List;

/** The state one run of the C program keeps in globals: symbols read, ranges, _text, relative base. */
public final class SymbolTable {
    private static final int SPARE = 4096;

    private final SymbolRules rules;
    private final COut err;
    private final AddrRange text = new AddrRange("_stext", "_etext", 0, 0);
    private final AddrRange initText = new AddrRange("_sinittext", "_einittext", 0, 0);
    private final AddrRange percpu = new AddrRange("__per_cpu_start", "__per_cpu_end", -1L, 0);
    private List<Symbol> symbols = new ArrayList<>(SPARE);
    private long textAddr;
    private boolean textAddrSeen;
    private long relativeBase;
    private int read;

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
        symbols.add(new Symbol(addr, type, name, off, len, read++));
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
        for (Symbol s : part.symbols) {
            s.shiftInputOrder(read);
        }
        symbols.addAll(part.symbols);
        read += part.read;
        if (part.textAddrSeen) {
            textAddr = part.textAddr;
            textAddrSeen = true;
        }
        text.takeLater(part.text);
        initText.takeLater(part.initText);
        percpu.takeLater(part.percpu);
    }

    public List<Symbol> symbols() {
        return symbols;
    }

    public void replaceSymbols(List<Symbol> kept) {
        symbols = kept;
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

    /** The address of the first symbol (in sorted order) that is not per-cpu absolute. */
    public void recordRelativeBase() {
        for (Symbol s : symbols) {
            if (!s.percpuAbsolute()) {
                relativeBase = s.addr();
                return;
            }
        }
    }

    /** Each symbol's seq: its position in the (sorted, final) table. */
    public void numberSymbols() {
        for (int i = 0; i < symbols.size(); i++) {
            symbols.get(i).setSeq(i);
        }
    }

    public void makePercpusAbsolute() {
        for (Symbol s : symbols) {
            if (percpu.contains(s.addr())) {
                s.makePercpuAbsolute();
            }
        }
    }
}
