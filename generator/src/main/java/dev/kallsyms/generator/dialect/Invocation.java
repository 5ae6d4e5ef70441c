package dev.kallsyms.generator.dialect;

import dev.kallsyms.generator.KallsymsOptions;

/** What a C command line asked for: the switches and the map file (null: the map comes on stdin). */
public record Invocation(KallsymsOptions options, String mapFile) {
    public boolean readsStdin() {
        return mapFile == null;
    }
}
