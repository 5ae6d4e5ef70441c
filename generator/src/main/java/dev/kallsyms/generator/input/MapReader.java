package dev.kallsyms.generator.input;

import dev.kallsyms.generator.core.SymbolTable;
import dev.kallsyms.generator.libc.COut;

/** Reads nm-style lines ("address type name") into the symbol table, with one C program's parser. */
public interface MapReader {
    void read(byte[] map, SymbolTable table, COut err);
}
