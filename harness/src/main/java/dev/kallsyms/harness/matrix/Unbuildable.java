package dev.kallsyms.harness.matrix;

import dev.kallsyms.harness.Cell;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Cells measured not to build, with the reason: fixtures' {@code matrix/unbuildable.tsv}, one line each,
 * {@code kernel toolchain defconfig reason...}, where the defconfig {@code *} stands for every defconfig (a
 * compiler too new or too old for the tree) and a named one for that board only (its sources do not compile
 * with that compiler). A matrix skips such cells and says why instead of reporting a build failure every night.
 */
public final class Unbuildable {
    static final String FILE = "unbuildable.tsv";
    /** The defconfig column's value for a kernel and toolchain that build no defconfig at all. */
    public static final String ANY = "*";

    /** One line of the file. */
    public record Entry(String kernel, String toolchain, String defconfig, String reason) {
        boolean matches(Cell cell) {
            return kernel.equals(cell.kernel()) && toolchain.equals(cell.toolchain())
                    && (defconfig.equals(ANY) || defconfig.equals(cell.defconfig()));
        }
    }

    private final List<Entry> entries = new ArrayList<>();

    Unbuildable(String text) {
        for (String raw : text.lines().toList()) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] words = line.split("\\s+", 4);
            // every config target ends in "config" (tinyconfig, vexpress_defconfig): a line that lost its
            // defconfig column would otherwise take the reason's first word for one
            if (words.length < 4 || !words[2].equals(ANY) && !words[2].endsWith("config")) {
                throw new IllegalArgumentException(FILE + ": a line needs kernel, toolchain, defconfig (or " + ANY
                        + ") and reason: " + line);
            }
            entries.add(new Entry(words[0], words[1], words[2], words[3]));
        }
    }

    public static Unbuildable load() {
        return new Unbuildable(MatrixFile.resource(MatrixFile.RESOURCE_DIR + FILE));
    }

    /**
     * The toolchains of each kernel that build no defconfig of it, in the file's order: the Jenkinsfile's matrix
     * excludes these pairs.
     */
    public Map<String, List<String>> toolchainsByKernel() {
        Map<String, List<String>> byKernel = new LinkedHashMap<>();
        entries.stream().filter(e -> e.defconfig().equals(ANY))
                .forEach(e -> byKernel.computeIfAbsent(e.kernel(), k -> new ArrayList<>()).add(e.toolchain()));
        return byKernel;
    }

    /** The lines that name one board (not {@link #ANY}). */
    public List<Entry> namedDefconfigs() {
        return entries.stream().filter(e -> !e.defconfig().equals(ANY)).toList();
    }

    /** Why this cell cannot be built; empty when nothing is known against it. */
    public Optional<String> reason(Cell cell) {
        return entries.stream().filter(e -> e.matches(cell)).map(Entry::reason).findFirst();
    }
}
