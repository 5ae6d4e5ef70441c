package dev.kallsyms.readback.elf;

/** One section header, with its name resolved. Sizes and addresses are unsigned values held in longs. */
public record ElfSection(int index, String name, int type, long flags, long address, long fileOffset, long size,
                         int link) {
    static final int SHT_SYMTAB = 2;
    static final int SHT_NOBITS = 8;

    public boolean hasFileContent() {
        return type != SHT_NOBITS;
    }

    /** Whether a virtual address falls inside this section's address range. */
    public boolean containsAddress(long vaddr) {
        return Long.compareUnsigned(vaddr, address) >= 0
                && Long.compareUnsigned(vaddr - address, size) < 0;
    }
}
