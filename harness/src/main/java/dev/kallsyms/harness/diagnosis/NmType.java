package dev.kallsyms.harness.diagnosis;

/**
 * nm's one-letter symbol type from an ELF symbol and its section, the letter scripts/kallsyms stores in front
 * of every compressed name (so a type change alone changes the tables). Upper case for global symbols.
 */
public final class NmType {
    static final int STB_LOCAL = 0;
    static final int STB_WEAK = 2;
    static final int STT_OBJECT = 1;
    static final int STT_GNU_IFUNC = 10;
    static final int SHN_UNDEF = 0;
    static final int SHN_ABS = 0xfff1;
    static final int SHN_COMMON = 0xfff2;
    static final long SHF_WRITE = 0x1;
    static final long SHF_ALLOC = 0x2;
    static final long SHF_EXECINSTR = 0x4;
    static final int SHT_NOBITS = 8;

    private NmType() {
    }

    /**
     * @param sectionFlags sh_flags of the symbol's section (ignored for special indices)
     * @param sectionType  sh_type of the symbol's section
     * @param sectionName  used only to tell debug sections (N) from other non-allocated ones (n)
     */
    public static char letter(int binding, int type, int sectionIndex, long sectionFlags, int sectionType,
                              String sectionName) {
        if (sectionIndex == SHN_UNDEF) {
            return binding == STB_WEAK ? (type == STT_OBJECT ? 'v' : 'w') : 'U';
        }
        if (binding == STB_WEAK) {
            return type == STT_OBJECT ? 'V' : 'W';
        }
        if (type == STT_GNU_IFUNC) {
            return 'i';
        }
        char c = classOf(sectionIndex, sectionFlags, sectionType, sectionName);
        return binding == STB_LOCAL ? c : Character.toUpperCase(c);
    }

    private static char classOf(int sectionIndex, long flags, int sectionType, String sectionName) {
        if (sectionIndex == SHN_ABS) {
            return 'a';
        }
        if (sectionIndex == SHN_COMMON) {
            return 'c';
        }
        if ((flags & SHF_ALLOC) == 0) {
            return sectionName != null && sectionName.startsWith(".debug") ? 'N' : 'n';
        }
        if ((flags & SHF_EXECINSTR) != 0) {
            return 't';
        }
        if (sectionType == SHT_NOBITS) {
            return 'b';
        }
        return (flags & SHF_WRITE) != 0 ? 'd' : 'r';
    }
}
