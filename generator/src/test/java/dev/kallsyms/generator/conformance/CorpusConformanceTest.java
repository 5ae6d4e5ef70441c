package dev.kallsyms.generator.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kallsyms.fixtures.Corpus;
import dev.kallsyms.fixtures.CorpusEntry;
import dev.kallsyms.reference.Comparison;
import dev.kallsyms.reference.ReferenceKallsyms;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every corpus map under every option set of every generation: the Java generator must write the same
 * stdout, stderr and exit status as the kernel's C kallsyms of that generation.
 */
class CorpusConformanceTest {
    private static final Map<String, AtomicInteger> COMPARED = new ConcurrentHashMap<>();
    private static final Map<String, AtomicInteger> DIFFERENT = new ConcurrentHashMap<>();
    private static final Map<String, AtomicInteger> CRASHED = new ConcurrentHashMap<>();
    private static Path maps;

    @BeforeAll
    static void writeMapsAndNameTheReferences() throws IOException {
        maps = Files.createTempDirectory("kallsyms-corpus");
        for (CorpusEntry entry : Corpus.entries()) {
            entry.writeTo(maps);
        }
        for (GenerationSetup setup : GenerationSetup.all()) {
            ReferenceKallsyms ref = ReferenceKallsyms.forGeneration(setup.generation());
            System.out.printf("conformance: generation %s compared against %s %s (%s), %s%n", setup.generation(),
                    ref.provenance().packageName(), ref.packageVersion(), ref.provenance().suite(), ref.binary());
        }
    }

    @AfterAll
    static void summarizeAndCleanUp() throws IOException {
        for (GenerationSetup setup : GenerationSetup.all()) {
            String g = setup.generation();
            System.out.printf("conformance summary: generation %s (%s): %d comparisons, %d mismatches, "
                            + "%d where the C crashed and the Java finished%n", g,
                    ReferenceKallsyms.forGeneration(g).packageVersion(),
                    COMPARED.getOrDefault(g, new AtomicInteger()).get(),
                    DIFFERENT.getOrDefault(g, new AtomicInteger()).get(),
                    CRASHED.getOrDefault(g, new AtomicInteger()).get());
        }
        try (Stream<Path> files = Files.list(maps)) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(maps);
    }

    /**
     * Every entry under every option set. -Dkallsyms.conformance.quick=true runs the big real maps only under
     * the sets their kernels were built with (for quick local runs; CI runs them all).
     */
    static Stream<Arguments> cases() {
        boolean full = !Boolean.getBoolean("kallsyms.conformance.quick");
        return GenerationSetup.all().stream().flatMap(setup -> Corpus.entries().stream()
                .flatMap(entry -> (entry.kind() == CorpusEntry.Kind.EDGE || full ? setup.optionSets()
                        : setup.realMapOptionSets()).stream()
                        .map(options -> Arguments.of(setup.generation(), options, entry.name()))));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("cases")
    void javaWritesWhatTheCWrites(String generation, List<String> options, String entry) {
        GenerationSetup setup = GenerationSetup.of(generation);
        Comparison comparison = TwoPrograms.compare(setup, options, maps.resolve(entry + ".map"), entry);
        if (CrashedReference.in(comparison)) {
            CRASHED.computeIfAbsent(generation, g -> new AtomicInteger()).incrementAndGet();
            // Nothing byte-exact to compare against; what the Java must do instead is documented in the
            // README ("Where the Java differs from the C"): finish normally with the tables written.
            assertEquals("0", CrashedReference.javaExitStatus(comparison),
                    () -> "the C crashed; the Java must still finish with status 0:\n" + comparison.report());
            return;
        }
        COMPARED.computeIfAbsent(generation, g -> new AtomicInteger()).incrementAndGet();
        if (!comparison.identical()) {
            DIFFERENT.computeIfAbsent(generation, g -> new AtomicInteger()).incrementAndGet();
        }
        assertTrue(comparison.identical(), comparison::report);
    }
}
