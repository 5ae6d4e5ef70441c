package dev.kallsyms.generator.input;

import java.io.IOException;

/**
 * A line of the map too long to hold: over 4 GiB, or over 256 MiB besides long runs
 * of NULs. The dialect says what the C would do (see README, "Where the Java differs from the C").
 */
public final class LineTooLong extends IOException {
    LineTooLong() {
        super("a line of the map is too long", null);
    }
}
