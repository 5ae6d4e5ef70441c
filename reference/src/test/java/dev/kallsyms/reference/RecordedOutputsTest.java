package dev.kallsyms.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kallsyms.fixtures.Corpus;
import dev.kallsyms.fixtures.RecordedOutput;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Validates the oracle itself: for maps captured from a real kernel build, the reference compiled from
 * Debian's sources, run with the build's options, writes the very .S files the build's own kallsyms wrote.
 */
class RecordedOutputsTest {
    static List<RecordedOutput> recorded() {
        return Corpus.recordedOutputs();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recorded")
    void referenceReproducesTheBuildsOutput(RecordedOutput recorded, @TempDir Path dir) {
        assertFalse(recorded().isEmpty());
        ReferenceKallsyms ref = ReferenceKallsyms.forGeneration(recorded.generation());
        Path map = Corpus.get(recorded.entry()).writeTo(dir);
        List<String> args = new ArrayList<>(recorded.options());
        // 5.10 reads its map from stdin, later generations take a file name
        boolean fromStdin = recorded.generation().equals("5.10");
        if (!fromStdin) {
            args.add(map.toString());
        }
        ReferenceKallsyms.Result run = ref.run(args, fromStdin ? map : null);

        ReferenceKallsyms.Result build = new ReferenceKallsyms.Result(0, recorded.bytes(), new byte[0], run.elapsed());
        Comparison comparison = Comparison.of(recorded.entry() + " " + recorded.options() + " against "
                + ref.provenance().packageVersion() + " (" + recorded.provenance() + ")", build, run);
        assertTrue(comparison.identical(), comparison.report());
        assertEquals(0, run.exitCode());
    }
}
