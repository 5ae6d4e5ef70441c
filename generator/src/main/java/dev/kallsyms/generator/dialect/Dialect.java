package dev.kallsyms.generator.dialect;

import dev.kallsyms.generator.Generation;
import dev.kallsyms.generator.KallsymsOptions;
import dev.kallsyms.generator.core.SymbolTable;
import dev.kallsyms.generator.core.TokenTable;
import dev.kallsyms.generator.core.SymbolRules;
import dev.kallsyms.generator.input.MapReader;
import dev.kallsyms.generator.libc.COut;
import java.util.List;
import java.util.Map;

/** Everything in which one generation of scripts/kallsyms differs from the others. */
public interface Dialect extends SymbolRules {
    Generation generation();

    /** Parses the C program's command line; on a usage error prints what the C prints and throws CExit. */
    Invocation parseCommandLine(String argv0, List<String> args, Map<String, String> env, COut err);

    MapReader reader();

    /** What the C does when the map cannot be read after opening it (a directory, an I/O error). */
    void readFailed(String mapFile, String reason, COut err);

    /** A line of the map too long to hold (see {@link dev.kallsyms.generator.input.LineTooLong}); throws CExit. */
    void lineTooLong(String mapFile, COut err);

    /** Whether __start_* and __stop_* symbols are kept even outside the text ranges. */
    boolean keepsSectionBounds();

    /** Whether an empty table stops the program with "No valid symbol.". */
    boolean refusesEmptyTable();

    boolean recordsRelativeBase(KallsymsOptions options);

    /**
     * Starts, on another thread, the parts of the source that need only the sorted and numbered table;
     * the main thread learns the tokens meanwhile.
     */
    default EarlyParts startEarlyParts(SymbolTable table, KallsymsOptions options) {
        return EarlyParts.NONE;
    }

    /** Writes the assembler source; may stop half-way (CExit) after writing part of it, like the C. */
    void writeSource(SymbolTable table, TokenTable tokens, EarlyParts early, KallsymsOptions options, COut out,
            COut err);
}
