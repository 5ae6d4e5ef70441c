package dev.kallsyms.generator.input;

import dev.kallsyms.generator.core.SymbolTable;
import dev.kallsyms.generator.libc.COut;

/** Reads nm-style lines ("address type name") into the symbol table, with one C program's parser. */
public interface MapReader {
    /**
     * Reads lines from {@code from} until the input ends or the position after a line reaches
     * {@code limit}; returns that position (the input's length when it ended).
     */
    int read(byte[] map, int from, int limit, SymbolTable table, COut err);

    /**
     * Whether what this reader read so far depended on lines before its starting point (a C parser
     * that reads stale bytes of its line buffer does), so that reading from the middle may differ.
     */
    default boolean usedEarlierLines() {
        return false;
    }
}
