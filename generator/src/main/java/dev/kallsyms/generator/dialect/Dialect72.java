package dev.kallsyms.generator.dialect;

import dev.kallsyms.generator.Generation;
import dev.kallsyms.generator.KallsymsOptions;
import dev.kallsyms.generator.core.TableText;
import dev.kallsyms.generator.core.SymbolTable;
import dev.kallsyms.generator.core.TokenTable;
import dev.kallsyms.generator.input.GetlineMapReader;
import dev.kallsyms.generator.input.MapReader;
import dev.kallsyms.generator.libc.CExit;
import dev.kallsyms.generator.libc.COut;
import java.util.List;
import java.util.Map;

/**
 * Linux 7.2: no per-cpu handling and no relative base; offsets are the low 32 bits of each address,
 * or with --pc-relative an expression relative to _text. Labels align to 4 without the PTR macros.
 */
final class Dialect72 implements Dialect {
    private static final String USAGE = "Usage: kallsyms [--all-symbols] in.map > out.S\n";
    private static final List<String> OPTIONS = List.of("all-symbols", "pc-relative");
    private static final String ALIGN = AsmTables.ALIGN_4;

    @Override
    public Generation generation() {
        return Generation.V7_2;
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
        return false;
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
        return false;
    }

    @Override
    public void writeSource(SymbolTable table, TokenTable tokens, EarlyParts early, KallsymsOptions options,
            COut out, COut err) {
        String align = ALIGN;
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

    /** The offsets and the names order, on another thread when their comments can be read before learning. */
    @Override
    public EarlyParts startEarlyParts(SymbolTable table, KallsymsOptions options) {
        NameComments comments = NameComments.of(table);
        return CommentedSeqsOfNames.after(new Offsets(table, options.pcRelative(), comments), comments, ALIGN);
    }

    /** kallsyms_offsets: each address's low 32 bits, or with --pc-relative its distance from _text. */
    private record Offsets(SymbolTable table, boolean pcRelative, NameComments comments)
            implements BackgroundText.Part {
        @Override
        public void write(COut out, COut err) {
            AsmTables.label(out, "kallsyms_offsets", ALIGN);
            for (int i = 0, n = table.size(); i < n; i++) {
                if (pcRelative) {
                    Dialect72.pcRelative(table.addr(i), table.textAddr(), out, err);
                } else {
                    out.print("\t.long\t").altHex32((int) table.addr(i));
                }
                comments.print(out, i);
            }
            out.print("\n");
        }
    }

    private static void pcRelative(long addr, long textAddr, COut out, COut err) {
        long offset = addr - textAddr;
        if (offset < Integer.MIN_VALUE || offset > Integer.MAX_VALUE) {
            err.print("kallsyms failure: relative symbol value ").altHex(addr).print(" out of range\n");
            throw new CExit(1);
        }
        out.print("\t.long\t_text - . + (").dec((int) offset).print(")");
    }
}
