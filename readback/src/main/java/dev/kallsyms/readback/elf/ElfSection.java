package dev.kallsyms.readback.elf;

/**
 * One section header, with its name resolved. Sizes and addresses are unsigned values held in longs. Empty
 * sections are kept too: their address and alignment are what moves when a link's layout shifts.
 */
public record ElfSection(int index, String name, int type, long flags, long address, long fileOffset, long size,
                         int link, long alignment) {
    static final int SHT_SYMTAB = 2;
    static final int SHT_NOBITS = 8;
    private static final long SHF_ALLOC = 0x2;

    public boolean hasFileContent() {
        return type != SHT_NOBITS;
    }

    /** Sections that take up room in the loaded image (the ones whose layout can shift symbols). */
    public boolean allocated() {
        return (flags & SHF_ALLOC) != 0;
    }

    /** Whether a virtual address falls inside this section's address range. */
    public boolean containsAddress(long vaddr) {
        return Long.compareUnsigned(vaddr, address) >= 0
                && Long.compareUnsigned(vaddr - address, size) < 0;
    }
}
