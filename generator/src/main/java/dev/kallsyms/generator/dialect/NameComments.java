package dev.kallsyms.generator.dialect;

import dev.kallsyms.generator.core.InputSymbols;
import dev.kallsyms.generator.core.SymbolTable;
import dev.kallsyms.generator.core.TableText;
import dev.kallsyms.generator.libc.COut;

/**
 * What 6.12 and later print after an offset and a names-order entry, and the names order itself: the C
 * string a symbol's array holds once the names table has restored it (type and name), and the order of
 * the strings after its first byte. Both can be read from the names as read, before the tokens are learned
 * (so on another thread, like 6.1's tables), unless some type byte is NUL: the C's restored string is then
 * empty and its array keeps compressed bytes behind it, so those are read after the restoring. A huge
 * table reads them after the restoring too: its names as read are let go to save memory.
 */
final class NameComments {
    private final SymbolTable table;
    private final boolean asRead;

    private NameComments(SymbolTable table, boolean asRead) {
        this.table = table;
        this.asRead = asRead;
    }

    /** Taken from the names as read when that gives the same bytes and the table is held, else restored. */
    static NameComments of(SymbolTable table) {
        if (!BackgroundText.held(table.size())) {
            return new NameComments(table, false);
        }
        InputSymbols input = table.input();
        for (int i = 0, n = table.size(); i < n; i++) {
            if (input.type(table.inputIndex(i)) == 0 && !table.percpuAbsolute(i)) {
                return new NameComments(table, false);
            }
        }
        return new NameComments(table, true);
    }

    /** Whether these come from the names as read (else they wait for the names table). */
    boolean asRead() {
        return asRead;
    }

    /** The table positions in names order. */
    int[] byName() {
        return asRead ? NameOrder.byOriginalName(table, false) : NameOrder.byRestoredName(table.names());
    }

    /** The comment ending table entry i's line. */
    void print(COut out, int i) {
        out.print("\t/* ");
        if (asRead) {
            InputSymbols input = table.input();
            int k = table.inputIndex(i);
            out.ch(table.percpuAbsolute(i) ? 'A' : input.type(k))
                    .bytes(input.page(k), input.offset(k) + 1, input.length(k) - 1);
        } else {
            TableText names = table.names();
            out.cstr(names.bytes(), names.first(i));
        }
        out.print(" */\n");
    }
}
