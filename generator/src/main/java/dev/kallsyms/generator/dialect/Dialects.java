package dev.kallsyms.generator.dialect;

import dev.kallsyms.generator.Generation;

/** The dialect of each generation. */
public final class Dialects {
    private Dialects() {
    }

    public static Dialect of(Generation generation) {
        return switch (generation) {
            case V5_10 -> new Dialect510();
            case V6_1 -> new Dialect61();
            case V6_12 -> new Dialect612();
            case V7_2 -> new Dialect72();
        };
    }
}
