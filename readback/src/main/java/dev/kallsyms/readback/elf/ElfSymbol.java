package dev.kallsyms.readback.elf;

/**
 * One symbol table entry. {@code sectionIndex} is the raw st_shndx (0 = undefined, 0xfff1 = absolute);
 * {@code binding} is STB_* and {@code type} STT_*, the two halves of st_info.
 */
public record ElfSymbol(String name, long value, long size, int binding, int type, int sectionIndex) {
    public static final int SHN_UNDEF = 0;
    public static final int SHN_ABS = 0xfff1;
    public static final int SHN_COMMON = 0xfff2;
    public static final int STT_NOTYPE = 0;
    public static final int STT_OBJECT = 1;
    public static final int STT_FUNC = 2;
    public static final int STT_SECTION = 3;
    public static final int STT_FILE = 4;
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

    /**
     * Whether the symbol names a place the way nm's map would list it: not a section or file symbol, not an
     * ARM/AArch64 mapping symbol ($a, $d, $t, $x and their .n variants), not undefined.
     */
    public boolean isNamedLocation() {
        if (type == STT_SECTION || type == STT_FILE || name.isEmpty() || sectionIndex == SHN_UNDEF) {
            return false;
        }
        return !(name.startsWith("$") && name.length() >= 2 && "adtx".indexOf(name.charAt(1)) >= 0
                && (name.length() == 2 || name.charAt(2) == '.'));
    }
}
