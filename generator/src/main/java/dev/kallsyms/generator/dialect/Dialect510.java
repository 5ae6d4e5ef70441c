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

/** Linux 5.10: map on stdin, exact-word switches, 128-byte names, no names-order table. */
final class Dialect510 implements Dialect {
    private static final String USAGE = "Usage: kallsyms [--all-symbols] [--base-relative] < in.map > out.S\n";
    private static final NameFilter FILTER = new NameFilter(
            List.of("kallsyms_addresses", "kallsyms_offsets", "kallsyms_relative_base", "kallsyms_num_syms",
                    "kallsyms_names", "kallsyms_markers", "kallsyms_token_table", "kallsyms_token_index",
                    "_SDA_BASE_", "_SDA2_BASE_"),
            List.of("$", ".LASANPC", "__crc_", "__efistub_", "__kvm_nvhe_", "__AArch64ADRPThunk_",
                    "__ARMV5PILongThunk_", "__ARMV7PILongThunk_", "__ThumbV7PILongThunk_", "__LA25Thunk_",
                    "__microLA25Thunk_"),
            List.of("_from_arm", "_from_thumb", "_veneer"),
            List.of(".long_branch.", ".plt_branch."));

    @Override
    public Generation generation() {
        return Generation.V5_10;
    }

    @Override
    public Invocation parseCommandLine(String argv0, List<String> args, Map<String, String> env, COut err) {
        return Usage.exactWords(args, List.of("--all-symbols", "--absolute-percpu", "--base-relative"), USAGE, err);
    }

    @Override
    public MapReader reader() {
        return new ScanfMapReader(499);
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
        return 128;
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

    @Override
    public EarlyParts startEarlyParts(SymbolTable table, KallsymsOptions options) {
        return new EarlyParts(ClassicAddresses.start(table, options), null, false);
    }

    @Override
    public void writeSource(SymbolTable table, TokenTable tokens, EarlyParts early, KallsymsOptions options,
            COut out, COut err) {
        AsmTables.bitsPerLongPrelude(out);
        AsmTables.rodataSection(out);
        early.addresses().replay(out, err);
        AsmTables.numSyms(out, table.size(), AsmTables.ALIGN_MACRO);
        long[] markers = AsmTables.names(out, table.names(), AsmTables.NameStyle.ONE_BYTE_LENGTH, tokens,
                AsmTables.ALIGN_MACRO, err);
        AsmTables.markers(out, markers, AsmTables.ALIGN_MACRO);
        AsmTables.tokens(out, tokens, AsmTables.ALIGN_MACRO);
    }
}
