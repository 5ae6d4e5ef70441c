package dev.kallsyms.debian;

import java.nio.file.Path;

/** Where the project keeps what it downloads and builds between runs. */
public final class CacheRoot {
    private CacheRoot() {
    }

    /** {@code $KALLSYMS_CACHE}, else {@code ~/.cache/kallsyms-trust}. */
    public static Path get() {
        String configured = System.getenv("KALLSYMS_CACHE");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return Path.of(System.getProperty("user.home"), ".cache", "kallsyms-trust");
    }
}
