package dev.kallsyms.generator.dialect;

import dev.kallsyms.generator.core.Symbol;
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
    static int offset(Symbol s, long relativeBase, boolean absolutePercpu, COut err) {
        long offset;
        boolean overflow;
        if (!absolutePercpu) {
            offset = s.addr() - relativeBase;
            overflow = offset < 0 || offset > 0xffffffffL;
        } else if (s.percpuAbsolute()) {
            offset = s.addr();
            overflow = offset < 0 || offset > Integer.MAX_VALUE;
        } else {
            offset = relativeBase - s.addr() - 1;
            overflow = offset < Integer.MIN_VALUE || offset >= 0;
        }
        if (overflow) {
            err.print("kallsyms failure: ").print(s.percpuAbsolute() ? "absolute" : "relative")
                    .print(" symbol value ").altHex(s.addr()).print(" out of range in relative mode\n");
            throw new CExit(1);
        }
        return (int) offset;
    }
}
