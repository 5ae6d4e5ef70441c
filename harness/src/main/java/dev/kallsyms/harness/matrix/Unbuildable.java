package dev.kallsyms.harness.matrix;

import dev.kallsyms.harness.Cell;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Kernel × toolchain pairs that cannot build (a compiler too new or too old for the tree), with the reason:
 * fixtures' {@code matrix/unbuildable.tsv}, one pair per line, {@code kernel toolchain reason...}. A matrix skips
 * such cells and says why instead of reporting a build failure every night.
 */
public final class Unbuildable {
    static final String FILE = "unbuildable.tsv";
    private final Map<String, String> reasons;

    Unbuildable(String text) {
        reasons = new LinkedHashMap<>();
        for (String raw : text.lines().toList()) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] words = line.split("\\s+", 3);
            if (words.length < 3) {
                throw new IllegalArgumentException(FILE + ": a line needs kernel, toolchain and reason: " + line);
            }
            reasons.put(words[0] + " " + words[1], words[2]);
        }
    }

    public static Unbuildable load() {
        return new Unbuildable(MatrixFile.resource(MatrixFile.RESOURCE_DIR + FILE));
    }

    /** The listed toolchains of each kernel, in the file's order (the Jenkinsfile's matrix excludes these). */
    public Map<String, List<String>> toolchainsByKernel() {
        Map<String, List<String>> byKernel = new LinkedHashMap<>();
        for (String pair : reasons.keySet()) {
            String[] words = pair.split(" ");
            byKernel.computeIfAbsent(words[0], k -> new ArrayList<>()).add(words[1]);
        }
        return byKernel;
    }

    /** Why this cell's kernel cannot be built with its toolchain; empty when nothing is known against it. */
    public Optional<String> reason(Cell cell) {
        return Optional.ofNullable(reasons.get(cell.kernel() + " " + cell.toolchain()));
    }
}
