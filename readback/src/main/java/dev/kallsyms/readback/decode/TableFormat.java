package dev.kallsyms.readback.decode;

import static dev.kallsyms.readback.decode.Table.ADDRESSES;
import static dev.kallsyms.readback.decode.Table.MARKERS;
import static dev.kallsyms.readback.decode.Table.NAMES;
import static dev.kallsyms.readback.decode.Table.NUM_SYMS;
import static dev.kallsyms.readback.decode.Table.OFFSETS;
import static dev.kallsyms.readback.decode.Table.RELATIVE_BASE;
import static dev.kallsyms.readback.decode.Table.SEQS_OF_NAMES;
import static dev.kallsyms.readback.decode.Table.TOKEN_INDEX;
import static dev.kallsyms.readback.decode.Table.TOKEN_TABLE;

import dev.kallsyms.readback.AddressEncoding;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Everything that differs between kernel generations in how the tables are laid out and read: the one
 * place in this module that knows about versions.
 */
public enum TableFormat {
    /** Addresses first; one length byte per name; no name-sorted index. */
    V5_10("5.10", 128, false, true,
            Set.of(AddressEncoding.ABSOLUTE_POINTERS, AddressEncoding.BASE_RELATIVE,
                    AddressEncoding.BASE_RELATIVE_ABSOLUTE_PERCPU)),
    /** As 5.10, plus two-byte lengths for long names and kallsyms_seqs_of_names after the markers. */
    V6_1("6.1", 512, true, true,
            Set.of(AddressEncoding.ABSOLUTE_POINTERS, AddressEncoding.BASE_RELATIVE,
                    AddressEncoding.BASE_RELATIVE_ABSOLUTE_PERCPU)),
    /** Always base-relative; names first, offsets, relative base and the name index at the end. */
    V6_12("6.12", 512, true, true,
            Set.of(AddressEncoding.BASE_RELATIVE, AddressEncoding.BASE_RELATIVE_ABSOLUTE_PERCPU)),
    /** No relative base: offsets are plain 32-bit addresses or distances from the entry itself. */
    V7_2("7.2", 512, true, false,
            Set.of(AddressEncoding.ABSOLUTE_32, AddressEncoding.PC_RELATIVE));

    private final String generation;
    private final int kernelNameBuffer;
    private final boolean twoByteLengths;
    private final boolean pointerAlignedLabels;
    private final Set<AddressEncoding> encodings;

    TableFormat(String generation, int kernelNameBuffer, boolean twoByteLengths, boolean pointerAlignedLabels,
                Set<AddressEncoding> encodings) {
        this.generation = generation;
        this.kernelNameBuffer = kernelNameBuffer;
        this.twoByteLengths = twoByteLengths;
        this.pointerAlignedLabels = pointerAlignedLabels;
        this.encodings = encodings;
    }

    /** Accepts a generation ("6.1") or a full kernel version ("6.1.192", "6.12.113-1"): major.minor decides. */
    public static TableFormat forGeneration(String generation) {
        String[] parts = generation.strip().split("[.-]");
        String majorMinor = parts.length >= 2 ? parts[0] + "." + parts[1] : generation;
        return Arrays.stream(values()).filter(f -> f.generation.equals(majorMinor)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no kallsyms table format for generation '"
                        + generation + "'; known: " + Arrays.stream(values()).map(f -> f.generation).toList()));
    }

    public String generation() {
        return generation;
    }

    /** The kernel's KSYM_NAME_LEN: names (without the type) must be shorter, or lookups truncate them. */
    public int kernelNameBuffer() {
        return kernelNameBuffer;
    }

    /** Whether a length byte with its top bit set continues into a second byte (ULEB128, at most two bytes). */
    public boolean twoByteLengths() {
        return twoByteLengths;
    }

    public boolean hasSeqsOfNames() {
        return this != V5_10;
    }

    public boolean supports(AddressEncoding encoding) {
        return encodings.contains(encoding);
    }

    public Set<AddressEncoding> encodings() {
        return encodings;
    }

    /**
     * The encoding the generation's scripts/kallsyms writes for its command-line switches: what the kernel
     * knows from its configuration (CONFIG_KALLSYMS_BASE_RELATIVE, CONFIG_KALLSYMS_ABSOLUTE_PERCPU, ...).
     */
    public AddressEncoding encodingFor(java.util.Collection<String> arguments) {
        boolean absolutePercpu = arguments.contains("--absolute-percpu");
        return switch (this) {
            case V5_10, V6_1 -> !arguments.contains("--base-relative") ? AddressEncoding.ABSOLUTE_POINTERS
                    : absolutePercpu ? AddressEncoding.BASE_RELATIVE_ABSOLUTE_PERCPU : AddressEncoding.BASE_RELATIVE;
            case V6_12 -> absolutePercpu ? AddressEncoding.BASE_RELATIVE_ABSOLUTE_PERCPU
                    : AddressEncoding.BASE_RELATIVE;
            case V7_2 -> arguments.contains("--pc-relative") ? AddressEncoding.PC_RELATIVE
                    : AddressEncoding.ABSOLUTE_32;
        };
    }

    /** Labels are aligned to the pointer size (ALGN) up to 6.12, to 4 bytes in 7.2. */
    public int labelAlignment(int pointerSize) {
        return pointerAlignedLabels ? pointerSize : 4;
    }

    /** The tables in the order the generation writes them, for an address encoding. */
    public List<Table> layout(AddressEncoding encoding) {
        List<Table> addressTables = switch (encoding) {
            case ABSOLUTE_POINTERS -> List.of(ADDRESSES);
            case BASE_RELATIVE, BASE_RELATIVE_ABSOLUTE_PERCPU -> List.of(OFFSETS, RELATIVE_BASE);
            case ABSOLUTE_32, PC_RELATIVE -> List.of(OFFSETS);
        };
        List<Table> order = new ArrayList<>();
        switch (this) {
            case V5_10 -> {
                order.addAll(addressTables);
                order.addAll(List.of(NUM_SYMS, NAMES, MARKERS, TOKEN_TABLE, TOKEN_INDEX));
            }
            case V6_1 -> {
                order.addAll(addressTables);
                order.addAll(List.of(NUM_SYMS, NAMES, MARKERS, SEQS_OF_NAMES, TOKEN_TABLE, TOKEN_INDEX));
            }
            case V6_12, V7_2 -> {
                order.addAll(List.of(NUM_SYMS, NAMES, MARKERS, TOKEN_TABLE, TOKEN_INDEX));
                order.addAll(addressTables);
                order.add(SEQS_OF_NAMES);
            }
        }
        return List.copyOf(order);
    }
}
