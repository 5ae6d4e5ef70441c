package dev.kallsyms.readback.decode;

import dev.kallsyms.readback.AddressEncoding;

/** Turns kallsyms_addresses / kallsyms_offsets back into addresses the way the kernel's lookup does. */
final class AddressTable {
    private final AddressEncoding encoding;
    private final TableRegion values;
    private final long relativeBase;
    private final int pointerSize;
    private final long mask;

    AddressTable(AddressEncoding encoding, TableRegion values, long relativeBase, int pointerSize) {
        this.encoding = encoding;
        this.values = values;
        this.relativeBase = relativeBase;
        this.pointerSize = pointerSize;
        this.mask = pointerSize == 8 ? -1L : 0xffffffffL;
    }

    /** Bytes one entry takes. */
    static int entrySize(AddressEncoding encoding, int pointerSize) {
        return encoding == AddressEncoding.ABSOLUTE_POINTERS ? pointerSize : 4;
    }

    /** How many entries fit before the next table. */
    int capacity() {
        return values.available() / entrySize(encoding, pointerSize);
    }

    long address(int index) {
        return switch (encoding) {
            case ABSOLUTE_POINTERS -> values.pointer(index * pointerSize, pointerSize);
            case BASE_RELATIVE -> (relativeBase + values.u32(4 * index)) & mask;
            case BASE_RELATIVE_ABSOLUTE_PERCPU -> percpuAware(values.s32(4 * index));
            case ABSOLUTE_32 -> values.u32(4 * index);
            case PC_RELATIVE -> (values.address() + 4L * index + values.s32(4 * index)) & mask;
        };
    }

    private long percpuAware(int value) {
        return value >= 0 ? value : (relativeBase - 1 - value) & mask;
    }

    /**
     * With --absolute-percpu the entry at the relative base itself is stored as -1 (base - 1 - address), and
     * some entry always sits at the base unless every entry is absolute (then both readings agree). Without
     * it, 0xffffffff would need a kernel spanning 4 GB. So one all-ones offset tells the modes apart, and a
     * single corrupted offset cannot flip the reading of all the others.
     */
    static AddressEncoding inferBaseRelative(TableRegion offsets, int count) {
        int usable = Math.min(count, offsets.available() / 4);
        for (int i = 0; i < usable; i++) {
            if (offsets.s32(4 * i) == -1) {
                return AddressEncoding.BASE_RELATIVE_ABSOLUTE_PERCPU;
            }
        }
        return AddressEncoding.BASE_RELATIVE;
    }

    /**
     * A 32-bit 7.2 kernel uses pc-relative offsets only when relocatable; the tables do not say which. The
     * first entry is the lowest address and lies near _text, so the reading that puts it closer wins; without
     * _text, the reading that keeps the addresses sorted.
     */
    static AddressEncoding infer72(TableRegion offsets, int count, int pointerSize, Long text) {
        if (pointerSize == 8) {
            return AddressEncoding.PC_RELATIVE;
        }
        int usable = Math.min(count, offsets.available() / 4);
        if (usable == 0) {
            return AddressEncoding.PC_RELATIVE;
        }
        AddressTable absolute = new AddressTable(AddressEncoding.ABSOLUTE_32, offsets, 0, pointerSize);
        AddressTable relative = new AddressTable(AddressEncoding.PC_RELATIVE, offsets, 0, pointerSize);
        if (text != null) {
            long absoluteDistance = distance32(absolute.address(0), text);
            long relativeDistance = distance32(relative.address(0), text);
            return absoluteDistance <= relativeDistance ? AddressEncoding.ABSOLUTE_32 : AddressEncoding.PC_RELATIVE;
        }
        return absolute.sorted(usable) || !relative.sorted(usable)
                ? AddressEncoding.ABSOLUTE_32 : AddressEncoding.PC_RELATIVE;
    }

    boolean sorted(int count) {
        for (int i = 1; i < count; i++) {
            if (Long.compareUnsigned(address(i), address(i - 1)) < 0) {
                return false;
            }
        }
        return true;
    }

    private static long distance32(long a, long b) {
        long d = (a - b) & 0xffffffffL;
        return Math.min(d, 0x1_0000_0000L - d);
    }
}
