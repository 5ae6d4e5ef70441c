package dev.kallsyms.generator.dialect;

import dev.kallsyms.generator.libc.CExit;
import dev.kallsyms.generator.libc.COut;

/** Rules that 6.12 and 7.2 share (their input is already filtered by scripts/mksysmap). */
final class LineRules {
    private LineRules() {
    }

    /** Only u, n and most absolute symbols are dropped while reading. */
    static boolean ignoredByType(byte[] name, int off, int len, int type) {
        if (type == 'u' || type == 'n') {
            return true;
        }
        return NameFilter.isAbsoluteType(type) && !NameFilter.keptAbsolute(name, off, len);
    }

    /** getline failing with an errno: perror("read_symbol"). */
    static void reportReadFailure(String reason, COut err) {
        err.print("read_symbol: ").print(reason).print("\n");
        throw new CExit(1);
    }

    /** A line too long to hold ends as the C's getline ends when its buffer cannot grow: ENOMEM. */
    static void reportLineTooLong(String mapFile, COut err) {
        reportReadFailure("Cannot allocate memory", err);
    }
}
