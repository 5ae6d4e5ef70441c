package dev.kallsyms.generator.dialect;

import dev.kallsyms.generator.core.SymbolTable;
import dev.kallsyms.generator.libc.CExit;
import dev.kallsyms.generator.libc.COut;

/**
 * The 32-bit offset of a symbol from the relative base, with the range rules of base-relative mode:
 * with --absolute-percpu, per-cpu symbols keep their (positive) address and the others are stored
 * as negative "relative_base - addr - 1".
 */
final class RelativeOffsets {
    private RelativeOffsets() {
    }

    /** The offset to print with %#x; on overflow prints the C's failure message and stops. */
    static int offset(SymbolTable table, int i, boolean absolutePercpu, COut err) {
        long addr = table.addr(i);
        long relativeBase = table.relativeBase();
        boolean percpuAbsolute = table.percpuAbsolute(i);
        long offset;
        boolean overflow;
        if (!absolutePercpu) {
            offset = addr - relativeBase;
            overflow = offset < 0 || offset > 0xffffffffL;
        } else if (percpuAbsolute) {
            offset = addr;
            overflow = offset < 0 || offset > Integer.MAX_VALUE;
        } else {
            offset = relativeBase - addr - 1;
            overflow = offset < Integer.MIN_VALUE || offset >= 0;
        }
        if (overflow) {
            err.print("kallsyms failure: ").print(percpuAbsolute ? "absolute" : "relative")
                    .print(" symbol value ").altHex(addr).print(" out of range in relative mode\n");
            throw new CExit(1);
        }
        return (int) offset;
    }
}
