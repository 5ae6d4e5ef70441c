package dev.kallsyms.readback.decode;

import java.util.ArrayList;
import java.util.List;

/**
 * kallsyms_names: per entry a length (the number of token codes) and then that many token codes. From 6.1 on a
 * length above 0x7f takes two bytes, low seven bits first with the top bit of the first byte set.
 */
final class NameStream {
    /** Token codes of each entry; {@code offsets[i]} where entry i starts; {@code end} where the last ends. */
    record Parsed(List<byte[]> codes, int[] offsets, int end) {
    }

    private NameStream() {
    }

    /** Stops at the first entry that does not fit before the next table, leaving a shorter list. */
    static Parsed parse(TableRegion names, int count, boolean twoByteLengths, Defects defects) {
        List<byte[]> codes = new ArrayList<>(count);
        int[] offsets = new int[count];
        int at = 0;
        for (int i = 0; i < count; i++) {
            offsets[i] = at;
            if (at >= names.available()) {
                defects.add(String.format("kallsyms_names ends after %d of %d entries", i, count));
                return new Parsed(codes, offsets, at);
            }
            int length = names.u8(at++);
            if (twoByteLengths && (length & 0x80) != 0) {
                if (at >= names.available()) {
                    defects.add("kallsyms_names entry " + i + " has a cut two-byte length");
                    return new Parsed(codes, offsets, at);
                }
                int high = names.u8(at++);
                checkTwoByteLength(i, length, high, defects);
                length = (length & 0x7f) | (high << 7);
            }
            if (length == 0) {
                defects.add("kallsyms_names entry " + i + " has length 0");
            }
            if (at + length > names.available()) {
                defects.add(String.format("kallsyms_names entry %d (length %d at +%d) runs past the next table", i,
                        length, offsets[i]));
                return new Parsed(codes, offsets, at);
            }
            byte[] entry = new byte[length];
            names.section().get(names.start() + at, entry);
            codes.add(entry);
            at += length;
        }
        return new Parsed(codes, offsets, at);
    }

    /** The writer uses the two-byte form only when one byte cannot hold the length. */
    private static void checkTwoByteLength(int index, int low, int high, Defects defects) {
        if ((high & 0x80) != 0) {
            defects.add("kallsyms_names entry " + index + " has a length longer than two bytes");
        } else if (high == 0) {
            defects.add(String.format("kallsyms_names entry %d has a two-byte length %#04x 0x00 that fits one byte",
                    index, low));
        }
    }
}
