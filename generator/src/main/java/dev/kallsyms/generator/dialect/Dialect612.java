package dev.kallsyms.generator.dialect;

import dev.kallsyms.generator.Generation;
import dev.kallsyms.generator.KallsymsOptions;
import dev.kallsyms.generator.core.TableText;
import dev.kallsyms.generator.core.SymbolTable;
import dev.kallsyms.generator.core.TokenTable;
import dev.kallsyms.generator.input.GetlineMapReader;
import dev.kallsyms.generator.input.MapReader;
import dev.kallsyms.generator.libc.COut;
import java.util.List;
import java.util.Map;

/**
 * Linux 6.12: strict line parser, names first (with comments), always base-relative offsets after
 * the token tables, then kallsyms_relative_base and the names-order table.
 */
final class Dialect612 implements Dialect {
    private static final String USAGE = "Usage: kallsyms [--all-symbols] [--absolute-percpu] in.map > out.S\n";
    private static final List<String> OPTIONS = List.of("all-symbols", "absolute-percpu");
    private static final String ALIGN = AsmTables.ALIGN_MACRO;

    @Override
    public Generation generation() {
        return Generation.V6_12;
    }

    @Override
    public Invocation parseCommandLine(String argv0, List<String> args, Map<String, String> env, COut err) {
        return Usage.getopt(argv0, args, env, OPTIONS, USAGE, err);
    }

    @Override
    public MapReader reader() {
        return new GetlineMapReader();
    }

    @Override
    public void readFailed(String mapFile, String reason, COut err) {
        LineRules.reportReadFailure(reason, err);
    }

    @Override
    public void lineTooLong(String mapFile, COut err) {
        LineRules.reportLineTooLong(mapFile, err);
    }

    @Override
    public int maxNameLen() {
        return 512;
    }

    @Override
    public boolean ignored(byte[] name, int off, int len, int type) {
        return LineRules.ignoredByType(name, off, len, type);
    }

    @Override
    public boolean tracksPercpu() {
        return true;
    }

    @Override
    public boolean keepsSectionBounds() {
        return true;
    }

    @Override
    public boolean refusesEmptyTable() {
        return false;
    }

    @Override
    public boolean recordsRelativeBase(KallsymsOptions options) {
        return true;
    }

    /** The offsets and the names order, on another thread when their comments can be read before learning. */
    @Override
    public EarlyParts startEarlyParts(SymbolTable table, KallsymsOptions options) {
        NameComments comments = NameComments.of(table);
        return CommentedSeqsOfNames.after(new Offsets(table, options, comments), comments, ALIGN);
    }

    /** kallsyms_offsets (each with its comment), then kallsyms_relative_base. */
    private record Offsets(SymbolTable table, KallsymsOptions options, NameComments comments)
            implements BackgroundText.Part {
        @Override
        public void write(COut out, COut err) {
            AsmTables.label(out, "kallsyms_offsets", ALIGN);
            for (int i = 0, n = table.size(); i < n; i++) {
                int offset = RelativeOffsets.offset(table, i, options.absolutePercpu(), err);
                out.print("\t.long\t").altHex32(offset);
                comments.print(out, i);
            }
            out.print("\n");
            AsmTables.label(out, "kallsyms_relative_base", ALIGN);
            AsmTables.textRelative(out, table.textAddr(), table.relativeBase());
            out.print("\n");
        }
    }

    @Override
    public void writeSource(SymbolTable table, TokenTable tokens, EarlyParts early, KallsymsOptions options,
            COut out, COut err) {
        String align = ALIGN;
        AsmTables.bitsPerLongPrelude(out);
        AsmTables.rodataSection(out);
        TableText names = table.names();
        AsmTables.numSyms(out, table.size(), align);
        long[] markers = AsmTables.names(out, names, AsmTables.NameStyle.ULEB128_LENGTH_WITH_COMMENT,
                tokens, early.comments(), align, err);
        AsmTables.markers(out, markers, align);
        AsmTables.tokens(out, tokens, align);
        early.addresses().replay(out, err);
        early.seqsOfNames().replay(out, err);
    }
}
