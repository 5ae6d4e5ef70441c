package dev.kallsyms.generator.dialect;

import dev.kallsyms.generator.libc.CExit;
import dev.kallsyms.generator.libc.COut;

/** Rules that 5.10 and 6.1 share. */
final class ClassicRules {
    private ClassicRules() {
    }

    /** Undefined (U, u), debugging (N, n) and absolute symbols are dropped, but for a few absolutes. */
    static boolean ignoredByType(byte[] name, int off, int len, int type) {
        if (type == 'U' || type == 'u' || type == 'N' || type == 'n') {
            return true;
        }
        return NameFilter.isAbsoluteType(type) && !NameFilter.keptAbsolute(name, off, len);
    }

    /**
     * A read error after a successful open: the C's fscanf loop sees EOF without the end-of-file
     * flag and never ends. Looping is of no use to anyone, so this stops with a message instead (a deliberate
     * difference, listed in README "Where the Java differs from the C").
     */
    static void reportReadFailure(String mapFile, String reason, COut err) {
        err.print("kallsyms: cannot read ").text(mapFile == null ? "standard input" : mapFile).print(": ")
                .print(reason).print(" (the C program would loop forever)\n");
        throw new CExit(1);
    }

    /**
     * A line over 4 GiB (or one that cannot be held): the C's fscanf loop would go on reading, for ever on
     * endless input such as /dev/zero; this stops with a message instead.
     */
    static void reportLineTooLong(String mapFile, COut err) {
        err.print("kallsyms: cannot read ").text(mapFile == null ? "standard input" : mapFile)
                .print(": a line longer than the generator holds (the C program would read on)\n");
        throw new CExit(1);
    }
}
