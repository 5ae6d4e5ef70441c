package dev.kallsyms.harness.elf;

/** One section header: index, name, type, flags, address, size, alignment (all unsigned). */
public record ElfSection(int index, String name, int type, long flags, long address, long size, long alignment) {
    private static final long SHF_ALLOC = 0x2;

    /** Sections that take up room in the loaded image (the ones whose layout can shift symbols). */
    public boolean allocated() {
        return (flags & SHF_ALLOC) != 0;
    }
}
