package dev.kallsyms.generator.dialect;

import dev.kallsyms.generator.KallsymsOptions;
import dev.kallsyms.generator.core.AddressOrder;
import dev.kallsyms.generator.core.Symbol;
import dev.kallsyms.generator.core.SymbolTable;
import dev.kallsyms.generator.core.TokenLearner;
import dev.kallsyms.generator.core.TokenTable;
import dev.kallsyms.generator.input.LineTooLong;
import dev.kallsyms.generator.input.MapStream;
import dev.kallsyms.generator.libc.CExit;
import dev.kallsyms.generator.libc.COut;
import dev.kallsyms.generator.libc.CString;
import dev.kallsyms.generator.libc.Errno;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The steps of the C main() after option parsing, with the dialect deciding what differs. */
public final class KallsymsProgram {
    private final Dialect dialect;
    private final KallsymsOptions options;

    public KallsymsProgram(Dialect dialect, KallsymsOptions options) {
        this.dialect = dialect;
        this.options = options;
    }

    /** Reads the map, builds the tables and writes the source; CExit where the C exits early. */
    public void run(MapSource map, COut out, COut err) {
        PhaseClock clock = PhaseClock.fromSystemProperty();
        SymbolTable table = new SymbolTable(dialect, err);
        read(map, table, err);
        clock.lap("read");
        shrink(table, err);
        if (options.absolutePercpu()) {
            table.makePercpusAbsolute();
        }
        table.symbols().sort(new AddressOrder());
        if (dialect.recordsRelativeBase(options)) {
            table.recordRelativeBase();
        }
        table.numberSymbols();
        clock.lap("sort");
        EarlyParts early = dialect.startEarlyParts(table, options);
        TokenTable tokens = new TokenLearner(table.symbols()).learn();
        clock.lap("tokens");
        dialect.writeSource(table, tokens, early, options, out, err);
        clock.lap("write");
        clock.report();
    }

    private void read(MapSource map, SymbolTable table, COut err) {
        try (map) {
            MapStream.read(dialect::reader, map.stream(), map.size(), table, err);
        } catch (LineTooLong e) {
            dialect.lineTooLong(map.name(), err);
        } catch (IOException e) {
            dialect.readFailed(map.name(), Errno.strerror(e), err);
        }
    }

    private void shrink(SymbolTable table, COut err) {
        List<Symbol> kept = new ArrayList<>(table.symbols().size());
        for (Symbol s : table.symbols()) {
            if (valid(s, table)) {
                kept.add(s);
            }
        }
        table.replaceSymbols(kept);
        if (kept.isEmpty() && dialect.refusesEmptyTable()) {
            err.print("No valid symbol.\n");
            throw new CExit(1);
        }
    }

    /** Without --all-symbols only the text and init-text ranges count (section bounds too on 6.12+). */
    private boolean valid(Symbol s, SymbolTable table) {
        if (options.allSymbols()) {
            return true;
        }
        byte[] name = s.original();
        int len = name.length - 1;
        if (dialect.keepsSectionBounds()
                && (CString.startsWith(name, 1, len, "__start_") || CString.startsWith(name, 1, len, "__stop_"))) {
            return true;
        }
        if (!table.text().contains(s.addr()) && !table.initText().contains(s.addr())) {
            return false;
        }
        boolean atTextEnd = s.addr() == table.text().end() && !CString.equals(name, 1, len, "_etext");
        boolean atInitEnd = s.addr() == table.initText().end() && !CString.equals(name, 1, len, "_einittext");
        return !atTextEnd && !atInitEnd;
    }
}
