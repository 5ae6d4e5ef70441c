package dev.kallsyms.generator.input;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kallsyms.generator.Generation;
import dev.kallsyms.generator.dialect.Dialects;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A map read window by window (what a map over 64 MiB gets), its long NUL runs shortened, must give what
 * reading it whole gives (the latter is what the conformance tests compare with the C). The thresholds are
 * made small so that every window size, and runs around the kept length, can be tried.
 */
class MapStreamTest {
    private static final String PLAIN = "c0008000 T _text\nc0008000 T _stext\nc0100000 t helper\n"
            + "c0200000 T _etext\nc0300000 D __per_cpu_start\nc0300100 D __per_cpu_end\n";

    static Stream<Arguments> maps() {
        return Stream.concat(SplitReadingTest.maps(), Stream.of(
                Arguments.of("a long run of blanks", PLAIN + " ".repeat(300) + "\n".repeat(200) + "c0100010 t b\n"),
                Arguments.of("a long address", PLAIN + "0".repeat(150) + "c0100010 t a\n"),
                Arguments.of("NULs in a line", PLAIN + "c0100010 t na\0me\nc01\0 t x\n\0\0\0\nc0100020 t y\n")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("maps")
    void everyWindowReadsLikeOneReading(String what, String text) {
        byte[] map = text.getBytes(StandardCharsets.ISO_8859_1);
        for (Generation generation : Generation.values()) {
            String whole = whole(generation, map);
            for (int window = 1; window <= map.length + 1; window += window < 80 ? 1 : 37) {
                assertEquals(whole, windowed(generation, map, new MapStream.Sizes(0, window, 1 << 20, 1 << 20)),
                        generation + ", window of " + window + " bytes, " + what);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nulRuns")
    void shortenedNulRunsReadLikeTheWholeRun(String what, Generation generation, String text, int keep) {
        byte[] map = text.getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(whole(generation, map), windowed(generation, map, new MapStream.Sizes(0, 4096, 1 << 20, keep)),
                generation + ": " + what);
    }

    /** Runs just under, at and over the kept length, and some steps over it, where the parser meets them. */
    static Stream<Arguments> nulRuns() {
        return Stream.of(Generation.values()).flatMap(generation -> {
            int step = Dialects.of(generation).reader().nulStep();
            int keep = 8 * step + 5;
            return Stream.of(keep - 1, keep, keep + 1, keep + step - 1, keep + step, keep + 3 * step + 7, 3 * keep + 11)
                    .flatMap(run -> {
                        String nuls = "\0".repeat(run);
                        return List.of(
                                Arguments.of(run + " NULs between lines", generation,
                                        PLAIN + nuls + "c0100010 t after\nc0100020 T x\n", keep),
                                Arguments.of(run + " NULs ending a name", generation,
                                        PLAIN + "c0100010 t name" + nuls + "\nc0100020 T y\n", keep),
                                Arguments.of(run + " NULs as a name", generation,
                                        PLAIN + "c0100010 t " + nuls + " c0100020 T z\n", keep),
                                Arguments.of(run + " NULs in an address", generation,
                                        PLAIN + "c01000" + nuls + "10 t w\nc0100030 t v\n", keep),
                                Arguments.of(run + " NULs only", generation, nuls, keep)).stream();
                    });
        });
    }

    private static String whole(Generation generation, byte[] map) {
        return Readings.of(generation,
                (dialect, table, err) -> SplitReading.read(dialect.reader(), dialect.reader(), map, table, err, -1));
    }

    private static String windowed(Generation generation, byte[] map, MapStream.Sizes sizes) {
        return Readings.of(generation, (dialect, table, err) -> MapStream.read(dialect::reader,
                new ByteArrayInputStream(map), map.length, table, err, sizes));
    }
}
