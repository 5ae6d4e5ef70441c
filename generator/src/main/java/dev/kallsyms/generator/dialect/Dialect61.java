package dev.kallsyms.generator.dialect;

import dev.kallsyms.generator.Generation;
import dev.kallsyms.generator.KallsymsOptions;
import dev.kallsyms.generator.core.SymbolTable;
import dev.kallsyms.generator.core.TokenTable;
import dev.kallsyms.generator.input.MapReader;
import dev.kallsyms.generator.input.ScanfMapReader;
import dev.kallsyms.generator.libc.COut;
import java.util.List;
import java.util.Map;

/** Linux 6.1: map file operand, getopt_long, 512-byte names with ULEB128 lengths, names-order table. */
final class Dialect61 implements Dialect {
    private static final String USAGE = "Usage: kallsyms [--all-symbols] [--absolute-percpu] "
            + "[--base-relative] [--lto-clang] in.map > out.S\n";
    private static final List<String> OPTIONS = List.of("all-symbols", "absolute-percpu", "base-relative", "lto-clang");
    private static final NameFilter FILTER = new NameFilter(
            List.of("kallsyms_addresses", "kallsyms_offsets", "kallsyms_relative_base", "kallsyms_num_syms",
                    "kallsyms_names", "kallsyms_markers", "kallsyms_token_table", "kallsyms_token_index",
                    "kallsyms_seqs_of_names", "_SDA_BASE_", "_SDA2_BASE_"),
            List.of("__efistub_", "__kvm_nvhe_$", "__kvm_nvhe_.L", "__AArch64ADRPThunk_", "__ARMV5PILongThunk_",
                    "__ARMV7PILongThunk_", "__ThumbV7PILongThunk_", "__LA25Thunk_", "__microLA25Thunk_",
                    "__kcfi_typeid_"),
            List.of("_from_arm", "_from_thumb", "_veneer"),
            List.of(".long_branch.", ".plt_branch."));

    @Override
    public Generation generation() {
        return Generation.V6_1;
    }

    @Override
    public Invocation parseCommandLine(String argv0, List<String> args, Map<String, String> env, COut err) {
        return Usage.getopt(argv0, args, env, OPTIONS, USAGE, err);
    }

    @Override
    public MapReader reader() {
        return new ScanfMapReader(2048);
    }

    @Override
    public void readFailed(String mapFile, String reason, COut err) {
        ClassicRules.reportReadFailure(mapFile, reason, err);
    }

    @Override
    public void lineTooLong(String mapFile, COut err) {
        ClassicRules.reportLineTooLong(mapFile, err);
    }

    @Override
    public int maxNameLen() {
        return 512;
    }

    @Override
    public boolean ignored(byte[] name, int off, int len, int type) {
        return ClassicRules.ignoredByType(name, off, len, type) || FILTER.matches(name, off, len);
    }

    @Override
    public boolean tracksPercpu() {
        return true;
    }

    @Override
    public boolean keepsSectionBounds() {
        return false;
    }

    @Override
    public boolean refusesEmptyTable() {
        return true;
    }

    @Override
    public boolean recordsRelativeBase(KallsymsOptions options) {
        return options.baseRelative();
    }

    /** The address table, and the names-order table (it sorts the names as read, not as compressed). */
    @Override
    public EarlyParts startEarlyParts(SymbolTable table, KallsymsOptions options) {
        BackgroundText addresses = ClassicAddresses.start(table, options);
        boolean held = BackgroundText.held(table.size());
        // a huge table's order is taken now, so that the names as read can go (~50 MB at 2M symbols)
        int[] byName = held ? null : NameOrder.byOriginalName(table, options.ltoClang());
        BackgroundText seqs = BackgroundText.start(new SeqsOfNames(table, options.ltoClang(), byName), held);
        return new EarlyParts(addresses, seqs, held);
    }

    /** The names order, sorted when written unless given. */
    private record SeqsOfNames(SymbolTable table, boolean ltoClang, int[] byName) implements BackgroundText.Part {
        @Override
        public void write(COut out, COut err) {
            int[] order = byName != null ? byName : NameOrder.byOriginalName(table, ltoClang);
            AsmTables.seqsOfNames(out, order, null, AsmTables.ALIGN_MACRO);
        }
    }

    @Override
    public void writeSource(SymbolTable table, TokenTable tokens, EarlyParts early, KallsymsOptions options,
            COut out, COut err) {
        AsmTables.bitsPerLongPrelude(out);
        AsmTables.rodataSection(out);
        early.addresses().replay(out, err);
        AsmTables.numSyms(out, table.size(), AsmTables.ALIGN_MACRO);
        long[] markers = AsmTables.names(out, table.names(), AsmTables.NameStyle.ULEB128_LENGTH, tokens,
                AsmTables.ALIGN_MACRO, err);
        AsmTables.markers(out, markers, AsmTables.ALIGN_MACRO);
        early.seqsOfNames().replay(out, err);
        AsmTables.tokens(out, tokens, AsmTables.ALIGN_MACRO);
    }
}
