package dev.kallsyms.generator.dialect;

import dev.kallsyms.generator.KallsymsOptions;
import dev.kallsyms.generator.core.SymbolTable;
import dev.kallsyms.generator.libc.COut;

/**
 * The address table of 5.10 and 6.1, written first: kallsyms_addresses (PTR entries relative to
 * _text) or, with --base-relative, kallsyms_offsets followed by kallsyms_relative_base.
 */
final class ClassicAddresses {
    private ClassicAddresses() {
    }

    /** The table as a part written in the background. */
    static BackgroundText start(SymbolTable table, KallsymsOptions options) {
        return BackgroundText.start(new Part(table, options), BackgroundText.held(table.size()));
    }

    private record Part(SymbolTable table, KallsymsOptions options) implements BackgroundText.Part {
        @Override
        public void write(COut out, COut err) {
            ClassicAddresses.write(table, options, out, err);
        }
    }

    static void write(SymbolTable table, KallsymsOptions options, COut out, COut err) {
        boolean relative = options.baseRelative();
        AsmTables.label(out, relative ? "kallsyms_offsets" : "kallsyms_addresses", AsmTables.ALIGN_MACRO);
        for (int i = 0, n = table.size(); i < n; i++) {
            if (relative) {
                int offset = RelativeOffsets.offset(table, i, options.absolutePercpu(), err);
                out.print("\t.long\t").altHex32(offset).print("\n");
            } else if (!table.percpuAbsolute(i)) {
                AsmTables.textRelative(out, table.textAddr(), table.addr(i));
            } else {
                out.print("\tPTR\t").altHex(table.addr(i)).print("\n");
            }
        }
        out.print("\n");
        if (relative) {
            AsmTables.label(out, "kallsyms_relative_base", AsmTables.ALIGN_MACRO);
            AsmTables.textRelative(out, table.textAddr(), table.relativeBase());
            out.print("\n");
        }
    }
}
