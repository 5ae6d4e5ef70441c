package dev.kallsyms.harness.elf;

/**
 * One symbol table entry.
 *
 * @param type    STT_* (0 none, 1 object, 2 func, 3 section, 4 file)
 * @param binding STB_* (0 local, 1 global, 2 weak)
 * @param section the name of the section it is defined in, or UND / ABS / COMMON
 */
public record ElfSymbol(String name, long value, long size, int type, int binding, int sectionIndex,
                        String section) {
    public static final int STT_SECTION = 3;
    public static final int STT_FILE = 4;

    /**
     * Whether the symbol names a place in the kernel the way nm's map would show it: not a section or file
     * symbol, not an ARM/AArch64 mapping symbol ($a, $d, $t, $x and their .n variants), not undefined.
     */
    public boolean isNamedLocation() {
        if (type == STT_SECTION || type == STT_FILE || name.isEmpty() || sectionIndex == 0) {
            return false;
        }
        return !(name.startsWith("$") && name.length() >= 2 && "adtx".indexOf(name.charAt(1)) >= 0
                && (name.length() == 2 || name.charAt(2) == '.'));
    }
}
