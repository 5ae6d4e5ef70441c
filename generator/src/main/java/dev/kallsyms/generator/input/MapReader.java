package dev.kallsyms.generator.input;

import dev.kallsyms.generator.core.SymbolTable;
import dev.kallsyms.generator.libc.CInput;
import dev.kallsyms.generator.libc.COut;

/** Reads nm-style lines ("address type name") into the symbol table, with one C program's parser. */
public interface MapReader {
    /**
     * Reads records from the input's position until it ends or the position after a record reaches
     * {@code limit}; returns that position (the input's end when it ended). When the input holds only a
     * window of the map and a record runs past it, returns where that record starts.
     */
    int read(CInput in, int limit, SymbolTable table, COut err);

    /**
     * Removing this many NUL bytes (or a multiple) from a run of NULs thousands long leaves what the parser
     * does unchanged: it eats such a run in steps of this size, whatever the run's length.
     */
    default int nulStep() {
        return 1;
    }

    /**
     * Whether what this reader read so far depended on lines before its starting point (a C parser
     * that reads stale bytes of its line buffer does), so that reading from the middle may differ.
     */
    default boolean usedEarlierLines() {
        return false;
    }
}
