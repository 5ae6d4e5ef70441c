package dev.kallsyms.harness.sweep;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a sweep can vary between relinks of one built tree: things that differ between real builds of the same
 * source. The banner strings (user, host, LOCALVERSION, timestamp) sit in .rodata before the kallsyms tables,
 * so their lengths move everything after them; padding does the same by a chosen number of bytes; the extra
 * pass changes how many passes the link makes.
 */
public enum Dimension {
    /** KBUILD_BUILD_HOST of the given length. */
    HOST("host", true),
    /** KBUILD_BUILD_USER of the given length. */
    USER("user", true),
    /** LOCALVERSION of the given length (0 = none). */
    LOCALVERSION("localversion", true),
    /** KBUILD_BUILD_TIMESTAMP, taken as given. */
    TIMESTAMP("timestamp", false),
    /** Bytes of padding at the start of .rodata, before the kallsyms tables (a linker script copy). */
    PADDING("padding", true),
    /** KALLSYMS_EXTRA_PASS=1 when "1". */
    EXTRA_PASS("extra-pass", true),
    /** "1": the seed's empty, page-aligned per-cpu section before the end of the init sections (script copy). */
    EMPTY_PERCPU("empty-percpu", true);

    private final String key;
    private final boolean numeric;

    Dimension(String key, boolean numeric) {
        this.key = key;
        this.numeric = numeric;
    }

    public String key() {
        return key;
    }

    /** Whether smaller values are "less perturbation" (minimise shrinks these). */
    public boolean numeric() {
        return numeric;
    }

    public static Dimension byKey(String key) {
        return Arrays.stream(values()).filter(d -> d.key.equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no sweep dimension " + key));
    }

    /** The make variable for a value; padding has none (it goes through KBUILD_LDS). */
    public Optional<String> makeVar(String value) {
        return switch (this) {
            case HOST -> Optional.of("KBUILD_BUILD_HOST=" + filler('h', Integer.parseInt(value)));
            case USER -> Optional.of("KBUILD_BUILD_USER=" + filler('u', Integer.parseInt(value)));
            case LOCALVERSION -> Optional.of("LOCALVERSION=" + (Integer.parseInt(value) == 0 ? ""
                    : "-" + filler('v', Integer.parseInt(value) - 1)));
            case TIMESTAMP -> Optional.of("KBUILD_BUILD_TIMESTAMP=" + value);
            case PADDING, EMPTY_PERCPU -> Optional.empty();
            case EXTRA_PASS -> "1".equals(value) ? Optional.of("KALLSYMS_EXTRA_PASS=1") : Optional.empty();
        };
    }

    /** A string of the length, at least one character (the kernel's scripts want a non-empty host and user). */
    private static String filler(char c, int length) {
        return String.valueOf(c).repeat(Math.max(1, length));
    }
}
