package dev.kallsyms.boot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The built-in ({@code =y}) options of a kernel .config, names without the CONFIG_ prefix. */
public final class KernelConfig {
    private static final String PREFIX = "CONFIG_";
    private final Set<String> builtIn;

    private KernelConfig(Set<String> builtIn) {
        this.builtIn = builtIn;
    }

    public static KernelConfig read(Path dotConfig) throws IOException {
        return parse(Files.readString(dotConfig, StandardCharsets.ISO_8859_1));
    }

    static KernelConfig parse(String text) {
        Set<String> on = new HashSet<>();
        for (String line : text.split("\n")) {
            if (line.startsWith(PREFIX) && line.endsWith("=y")) {
                on.add(line.substring(PREFIX.length(), line.length() - 2));
            }
        }
        return new KernelConfig(on);
    }

    public boolean isBuiltIn(String option) {
        return builtIn.contains(option);
    }

    /** Those of {@code options} that are not {@code =y}, in the given order. */
    public List<String> missing(List<String> options) {
        return options.stream().filter(o -> !builtIn.contains(o)).toList();
    }
}
