package dev.kallsyms.generator.conformance;

import dev.kallsyms.reference.Comparison;
import dev.kallsyms.reference.Mismatch;

/**
 * Recognises runs in which the C reference itself died from a signal (exit status above 128, as a shell
 * reports it). Its output is then the result of undefined behaviour (6.1 overflows a stack buffer by one
 * byte when it sorts a 511-byte name), so there is nothing byte-exact to compare against.
 */
final class CrashedReference {
    private static final int SIGNAL_BASE = 128;

    private CrashedReference() {
    }

    static boolean in(Comparison comparison) {
        return comparison.mismatches().stream()
                .anyMatch(m -> m.channel() == Mismatch.Channel.EXIT_STATUS
                        && Integer.parseInt(m.expected()) > SIGNAL_BASE);
    }

    /** The Java's exit status in a comparison the C lost to a signal. */
    static String javaExitStatus(Comparison comparison) {
        return comparison.mismatches().stream()
                .filter(m -> m.channel() == Mismatch.Channel.EXIT_STATUS)
                .map(Mismatch::actual).findFirst().orElseThrow();
    }
}
