package dev.kallsyms.readback.decode;

import dev.kallsyms.readback.AddressEncoding;
import dev.kallsyms.readback.DecodedKallsyms;
import dev.kallsyms.readback.DecodedSymbol;
import dev.kallsyms.readback.ReadbackOptions;
import dev.kallsyms.readback.elf.ElfFile;
import dev.kallsyms.readback.elf.ElfSymbol;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the kallsyms tables of one ELF file the way the kernel of a generation reads them, and checks every
 * invariant the writer guarantees: sizes that add up, markers, token strings and index, name order index,
 * sorted addresses, nothing but padding between tables.
 */
public final class KallsymsDecoder {
    private static final String TEXT = "_text";
    private static final int MARKER_STRIDE = 256;

    private final ElfFile elf;
    private final TableFormat format;
    private final ReadbackOptions options;
    private final Defects defects = new Defects();
    private final int alignment;

    private KallsymsDecoder(ElfFile elf, ReadbackOptions options) {
        this.elf = elf;
        this.format = TableFormat.forGeneration(options.generation());
        this.options = options;
        this.alignment = format.labelAlignment(elf.pointerSize());
        validate(options);
    }

    /** Refuses a generation without a format, or an encoding the generation does not have. */
    public static void validate(ReadbackOptions options) {
        TableFormat format = TableFormat.forGeneration(options.generation());
        if (options.encoding() != null && !format.supports(options.encoding())) {
            throw new IllegalArgumentException(options.encoding() + " is not an address encoding of generation "
                    + format.generation() + " (" + format.encodings() + ")");
        }
    }

    public static DecodedKallsyms decode(ElfFile elf, ReadbackOptions options) throws IOException {
        return new KallsymsDecoder(elf, options).decode();
    }

    private DecodedKallsyms decode() throws IOException {
        Set<String> wanted = new HashSet<>();
        for (Table table : Table.values()) {
            wanted.add(table.label());
        }
        wanted.add(TEXT);
        Map<String, ElfSymbol> symbols = elf.definedSymbols(wanted);
        AddressEncoding encoding = options.encoding() != null ? options.encoding() : preliminaryEncoding(symbols);
        Map<Table, TableRegion> regions = TableLocator.locate(elf, symbols, format.layout(encoding), alignment,
                defects);
        if (regions == null) {
            return result(encoding, -1, List.of(), List.of());
        }
        long numSyms = regions.get(Table.NUM_SYMS).u32(0);
        TableLocator.checkTail(regions.get(Table.NUM_SYMS), 4, alignment, true, defects);
        int count = plausibleCount(numSyms, regions.get(Table.NAMES));
        if (options.encoding() == null) {
            encoding = refineEncoding(encoding, regions, count, symbols);
        }
        if (elf.elfType() == ElfFile.ET_REL && encoding != AddressEncoding.ABSOLUTE_32) {
            defects.add("relocatable object: addresses are only final after linking");
        }
        NameStream.Parsed names = NameStream.parse(regions.get(Table.NAMES), count, format.twoByteLengths(),
                defects);
        if (names.codes().size() == count) {
            TableLocator.checkTail(regions.get(Table.NAMES), names.end(), alignment, true, defects);
        }
        checkMarkers(regions.get(Table.MARKERS), names, count);
        TokenTable tokens = TokenTable.read(regions.get(Table.TOKEN_TABLE), regions.get(Table.TOKEN_INDEX),
                alignment, defects);
        TableLocator.checkTail(regions.get(Table.TOKEN_INDEX), 2L * TokenTable.CODES, alignment,
                isFollowed(encoding, Table.TOKEN_INDEX), defects);
        List<DecodedSymbol> decoded = expand(names, tokens, addresses(encoding, regions, count));
        checkSorted(decoded);
        if (format.hasSeqsOfNames() && decoded.size() == count) {
            TableRegion seqs = regions.get(Table.SEQS_OF_NAMES);
            boolean lto = Boolean.TRUE.equals(options.ltoClang());
            boolean eitherOrder = options.ltoClang() == null && format == TableFormat.V6_1;
            SeqsOfNames.check(seqs, decoded, lto, eitherOrder, defects);
            TableLocator.checkTail(seqs, 3L * count, alignment, isFollowed(encoding, Table.SEQS_OF_NAMES), defects);
        }
        return result(encoding, numSyms, decoded, tokens.inTableOrder());
    }

    /** Before num_syms is known: only which address table exists can be told. */
    private AddressEncoding preliminaryEncoding(Map<String, ElfSymbol> symbols) {
        return switch (format) {
            case V5_10, V6_1 -> symbols.containsKey(Table.ADDRESSES.label())
                    ? AddressEncoding.ABSOLUTE_POINTERS : AddressEncoding.BASE_RELATIVE;
            case V6_12 -> AddressEncoding.BASE_RELATIVE;
            case V7_2 -> AddressEncoding.PC_RELATIVE;
        };
    }

    private AddressEncoding refineEncoding(AddressEncoding preliminary, Map<Table, TableRegion> regions, int count,
                                           Map<String, ElfSymbol> symbols) {
        return switch (preliminary) {
            case BASE_RELATIVE -> AddressTable.inferBaseRelative(regions.get(Table.OFFSETS), count);
            case PC_RELATIVE -> AddressTable.infer72(regions.get(Table.OFFSETS), count, elf.pointerSize(),
                    symbols.containsKey(TEXT) ? symbols.get(TEXT).value() : null);
            default -> preliminary;
        };
    }

    /** Every entry takes at least two bytes of kallsyms_names, which bounds a believable count. */
    private int plausibleCount(long numSyms, TableRegion names) {
        long limit = names.available() / 2;
        if (numSyms > limit) {
            defects.add(String.format("kallsyms_num_syms = %d, but kallsyms_names has room for at most %d entries",
                    numSyms, limit));
            return (int) limit;
        }
        return (int) numSyms;
    }

    private void checkMarkers(TableRegion markers, NameStream.Parsed names, int count) {
        int expected = (count + MARKER_STRIDE - 1) / MARKER_STRIDE;
        if (4L * expected > markers.available()) {
            defects.add(String.format("kallsyms_markers has room for %d markers, %d entries need %d",
                    markers.available() / 4, count, expected));
            return;
        }
        for (int k = 0; k < expected; k++) {
            int entry = k * MARKER_STRIDE;
            if (entry <= names.codes().size() && entry < count && markers.u32(4 * k) != names.offsets()[entry]) {
                defects.add(String.format("kallsyms_markers[%d] = %d, but entry %d starts at %d", k,
                        markers.u32(4 * k), entry, names.offsets()[entry]));
            }
        }
        TableLocator.checkTail(markers, 4L * expected, alignment, true, defects);
    }

    private AddressTable addresses(AddressEncoding encoding, Map<Table, TableRegion> regions, int count) {
        long base = 0;
        TableRegion baseRegion = regions.get(Table.RELATIVE_BASE);
        if (baseRegion != null) {
            if (baseRegion.available() < elf.pointerSize()) {
                defects.add("kallsyms_relative_base does not fit before the next table");
            } else {
                base = baseRegion.pointer(0, elf.pointerSize());
                TableLocator.checkTail(baseRegion, elf.pointerSize(), alignment,
                        isFollowed(encoding, Table.RELATIVE_BASE), defects);
            }
        }
        TableRegion values = regions.get(encoding == AddressEncoding.ABSOLUTE_POINTERS ? Table.ADDRESSES : Table.OFFSETS);
        AddressTable table = new AddressTable(encoding, values, base, elf.pointerSize());
        long size = (long) count * AddressTable.entrySize(encoding, elf.pointerSize());
        TableLocator.checkTail(values, size, alignment, isFollowed(encoding, values.table()), defects);
        if (encoding == AddressEncoding.BASE_RELATIVE && count > 0 && values.available() >= 4 && values.u32(0) != 0) {
            defects.add("kallsyms_offsets[0] is not 0 although the base is the lowest address");
        }
        return table;
    }

    private List<DecodedSymbol> expand(NameStream.Parsed names, TokenTable tokens, AddressTable addresses) {
        int usable = Math.min(names.codes().size(), addresses.capacity());
        List<DecodedSymbol> result = new ArrayList<>(usable);
        boolean[] reported = new boolean[TokenTable.CODES];
        StringBuilder text = new StringBuilder(64);
        for (int i = 0; i < usable; i++) {
            text.setLength(0);
            for (byte b : names.codes().get(i)) {
                int code = Byte.toUnsignedInt(b);
                String token = tokens.token(code);
                if ((token == null || token.isEmpty()) && !reported[code]) {
                    reported[code] = true;
                    defects.add(String.format("entry %d uses code %#04x, which has no token", i, code));
                }
                text.append(token == null ? "" : token);
            }
            result.add(symbol(i, text, addresses.address(i)));
        }
        return result;
    }

    private DecodedSymbol symbol(int index, CharSequence text, long address) {
        if (text.length() < 2) {
            defects.add("entry " + index + " expands to '" + text + "': no room for a type and a name");
            return new DecodedSymbol(address, text.length() == 0 ? '\0' : text.charAt(0), "");
        }
        if (text.length() - 1 >= format.kernelNameBuffer()) {
            defects.add(String.format("entry %d: name of %d characters does not fit the kernel's %d-byte buffer",
                    index, text.length() - 1, format.kernelNameBuffer()));
        }
        return new DecodedSymbol(address, text.charAt(0), text.subSequence(1, text.length()).toString());
    }

    private void checkSorted(List<DecodedSymbol> symbols) {
        for (int i = 1; i < symbols.size(); i++) {
            if (Long.compareUnsigned(symbols.get(i).address(), symbols.get(i - 1).address()) < 0) {
                defects.add(String.format("addresses fall at entry %d: %x after %x", i, symbols.get(i).address(),
                        symbols.get(i - 1).address()));
                return;
            }
        }
    }

    private boolean isFollowed(AddressEncoding encoding, Table table) {
        List<Table> layout = format.layout(encoding);
        return layout.indexOf(table) < layout.size() - 1;
    }

    private DecodedKallsyms result(AddressEncoding encoding, long numSyms, List<DecodedSymbol> symbols,
                                   List<String> tokens) {
        return new DecodedKallsyms(format.generation(), encoding, options.encoding() == null, numSyms,
                List.copyOf(symbols), tokens, defects.list());
    }
}
