package dev.kallsyms.generator.conformance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kallsyms.fixtures.Corpus;
import dev.kallsyms.reference.Comparison;
import dev.kallsyms.reference.ReferenceKallsyms;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Usage errors, unknown and abbreviated options, missing files: the same messages and status as the C. */
class CommandLineConformanceTest {
    static Stream<Arguments> cases() {
        List<String> lines = commandLines();
        return GenerationSetup.all().stream().flatMap(setup -> lines.stream()
                .filter(line -> appliesTo(line, setup.generation()))
                .map(line -> Arguments.of(setup.generation(), line.replaceFirst("^\\[[^]]*] ", ""))));
    }

    private static boolean appliesTo(String line, String generation) {
        if (!line.startsWith("[")) {
            return true;
        }
        return List.of(line.substring(1, line.indexOf(']')).split(",")).contains(generation);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void sameReactionToTheCommandLine(String generation, String line, @TempDir Path dir) {
        GenerationSetup setup = GenerationSetup.of(generation);
        ReferenceKallsyms ref = ReferenceKallsyms.forGeneration(generation);
        Path map = Corpus.get("ties-input-order").writeTo(dir);
        List<String> args = Arrays.stream(line.split(" "))
                .map(a -> a.replace("{map}", map.toString())
                        .replace("{absent}", dir.resolve("absent.map").toString())
                        .replace("{dir}", dir.toString()))
                .toList();
        ReferenceKallsyms.Result c = ref.run(args, map);
        ReferenceKallsyms.Result java = TwoPrograms.runJava(setup, args, map, ref.binary());
        Comparison comparison = Comparison.of(TwoPrograms.subject(setup, args, "command line '" + line + "'"), c, java);
        assertTrue(comparison.identical(), comparison::report);
    }

    private static List<String> commandLines() {
        try (InputStream in = CommandLineConformanceTest.class.getResourceAsStream("command-lines.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
