package dev.kallsyms.harness.diagnosis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NmTypeTest {
    private static final long ALLOC = 0x2;
    private static final long WRITE = 0x1;
    private static final long EXEC = 0x4;

    @Test
    void lettersFollowTheSectionFlagsAndBinding() {
        assertEquals('T', NmType.letter(1, 2, 1, ALLOC | EXEC, 1, ".text"));
        assertEquals('t', NmType.letter(0, 2, 1, ALLOC | EXEC, 1, ".text"));
        assertEquals('D', NmType.letter(1, 1, 2, ALLOC | WRITE, 1, ".data"));
        assertEquals('R', NmType.letter(1, 1, 3, ALLOC, 1, ".rodata"));
        assertEquals('b', NmType.letter(0, 1, 4, ALLOC | WRITE, 8, ".bss"));
        assertEquals('A', NmType.letter(1, 0, 0xfff1, 0, 0, "ABS"));
        assertEquals('W', NmType.letter(2, 2, 1, ALLOC | EXEC, 1, ".text"));
        assertEquals('V', NmType.letter(2, 1, 2, ALLOC | WRITE, 1, ".data"));
        assertEquals('w', NmType.letter(2, 0, 0, 0, 0, "UND"));
        assertEquals('U', NmType.letter(1, 0, 0, 0, 0, "UND"));
        assertEquals('N', NmType.letter(0, 0, 9, 0, 1, ".debug_info"));
    }

    @Test
    void theSameSymbolIsDOrTByTheSectionItIsAttachedTo() {
        assertEquals('D', NmType.letter(1, 0, 5, ALLOC | WRITE, 1, ".data"));
        assertEquals('T', NmType.letter(1, 0, 4, ALLOC | EXEC, 1, ".init.text"));
    }
}
