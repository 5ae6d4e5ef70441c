package dev.kallsyms.readback.decode;

import java.nio.ByteBuffer;

/**
 * Where one table sits: {@code section} is the whole containing section, {@code start} the table's first byte
 * in it, {@code bound} the next table's label (or the section end for the last one): the table must end
 * before it. {@code address} is the label's virtual address.
 */
record TableRegion(Table table, ByteBuffer section, int start, int bound, long address) {

    int available() {
        return bound - start;
    }

    int u8(int offset) {
        return Byte.toUnsignedInt(section.get(start + offset));
    }

    int u16(int offset) {
        return Short.toUnsignedInt(section.getShort(start + offset));
    }

    int s32(int offset) {
        return section.getInt(start + offset);
    }

    long u32(int offset) {
        return Integer.toUnsignedLong(section.getInt(start + offset));
    }

    long pointer(int offset, int pointerSize) {
        return pointerSize == 8 ? section.getLong(start + offset) : u32(offset);
    }
}
