package dev.kallsyms.readback.elf;

/** One symbol table entry. {@code sectionIndex} is the raw st_shndx (0 = undefined, 0xfff1 = absolute). */
public record ElfSymbol(String name, long value, long size, int binding, int type, int sectionIndex) {
    public static final int SHN_UNDEF = 0;
    public static final int SHN_ABS = 0xfff1;
    public static final int STB_LOCAL = 0;
    public static final int STB_GLOBAL = 1;
    public static final int STB_WEAK = 2;

    public boolean isDefined() {
        return sectionIndex != SHN_UNDEF;
    }

    /** Whether the symbol lives in a real section (not absolute, not common, not undefined). */
    public boolean isInSection() {
        return sectionIndex != SHN_UNDEF && sectionIndex < 0xff00;
    }
}
