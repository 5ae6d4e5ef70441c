package dev.kallsyms.generator.input;

import dev.kallsyms.generator.Generation;
import dev.kallsyms.generator.core.AddrRange;
import dev.kallsyms.generator.core.InputSymbols;
import dev.kallsyms.generator.core.SymbolTable;
import dev.kallsyms.generator.dialect.Dialect;
import dev.kallsyms.generator.dialect.Dialects;
import dev.kallsyms.generator.libc.CExit;
import dev.kallsyms.generator.libc.COut;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/** Everything one reading of a map leaves behind, as text: two ways of reading must give the same. */
final class Readings {
    /** One way of reading a map into a table. */
    interface Reading {
        void read(Dialect dialect, SymbolTable table, COut err) throws IOException;
    }

    private Readings() {
    }

    static String of(Generation generation, Reading reading) {
        Dialect dialect = Dialects.of(generation);
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        COut err = new COut(errBytes, 64);
        SymbolTable table = new SymbolTable(dialect, err);
        String exit = "none";
        try {
            reading.read(dialect, table, err);
        } catch (CExit e) {
            exit = Integer.toString(e.status());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        err.flush();
        StringBuilder sb = new StringBuilder("exit ").append(exit).append("\nstderr ")
                .append(errBytes.toString(StandardCharsets.ISO_8859_1)).append("\n_text ")
                .append(Long.toHexString(table.textAddr()));
        for (AddrRange r : new AddrRange[] {table.text(), table.initText(), table.percpu()}) {
            sb.append("\nrange ").append(Long.toHexString(r.start())).append('-').append(Long.toHexString(r.end()));
        }
        InputSymbols input = table.input();
        for (int i = 0; i < input.count(); i++) {
            sb.append('\n').append(i).append(' ').append(Long.toHexString(input.addr(i))).append(' ')
                    .append(HexFormat.of().formatHex(input.page(i), input.offset(i), input.offset(i) + input.length(i)));
        }
        return sb.toString();
    }
}
