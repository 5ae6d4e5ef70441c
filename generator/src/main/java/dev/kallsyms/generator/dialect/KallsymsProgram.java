package dev.kallsyms.generator.dialect;

import dev.kallsyms.generator.KallsymsOptions;
import dev.kallsyms.generator.core.InputSymbols;
import dev.kallsyms.generator.core.SymbolTable;
import dev.kallsyms.generator.core.TableText;
import dev.kallsyms.generator.core.TokenLearner;
import dev.kallsyms.generator.core.TokenTable;
import dev.kallsyms.generator.input.LineTooLong;
import dev.kallsyms.generator.input.MapStream;
import dev.kallsyms.generator.libc.CExit;
import dev.kallsyms.generator.libc.COut;
import dev.kallsyms.generator.libc.CString;
import dev.kallsyms.generator.libc.Errno;
import java.io.IOException;
import java.util.Arrays;

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
        table.sortByAddress();
        if (dialect.recordsRelativeBase(options)) {
            table.recordRelativeBase();
        }
        clock.lap("sort");
        EarlyParts early = dialect.startEarlyParts(table, options);
        TableText names = table.layOutNames(early.readInputNames());
        TokenTable tokens = new TokenLearner(names).learn();
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
        InputSymbols input = table.input();
        int[] kept = new int[input.count()];
        int n = 0;
        for (int i = 0; i < kept.length; i++) {
            if (valid(input, i, table)) {
                kept[n++] = i;
            }
        }
        table.keep(n == kept.length ? kept : Arrays.copyOf(kept, n));
        if (n == 0 && dialect.refusesEmptyTable()) {
            err.print("No valid symbol.\n");
            throw new CExit(1);
        }
    }

    /** Without --all-symbols only the text and init-text ranges count (section bounds too on 6.12+). */
    private boolean valid(InputSymbols input, int i, SymbolTable table) {
        if (options.allSymbols()) {
            return true;
        }
        byte[] page = input.page(i);
        int name = input.offset(i) + 1;
        int len = input.length(i) - 1;
        long addr = input.addr(i);
        if (dialect.keepsSectionBounds()
                && (CString.startsWith(page, name, len, "__start_") || CString.startsWith(page, name, len, "__stop_"))) {
            return true;
        }
        if (!table.text().contains(addr) && !table.initText().contains(addr)) {
            return false;
        }
        boolean atTextEnd = addr == table.text().end() && !CString.equals(page, name, len, "_etext");
        boolean atInitEnd = addr == table.initText().end() && !CString.equals(page, name, len, "_einittext");
        return !atTextEnd && !atInitEnd;
    }
}
