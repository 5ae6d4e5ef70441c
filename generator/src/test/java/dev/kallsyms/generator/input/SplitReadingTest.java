package dev.kallsyms.generator.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kallsyms.generator.Generation;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reading a map in two halves must give what reading it from the start gives (the latter is what the
 * conformance tests compare with the C): the same symbols in the same input order, the same ranges,
 * warnings and exit, wherever the split falls. Every byte position is tried, on maps made of the
 * records that could carry parser state across a line start.
 */
class SplitReadingTest {
    private static final String PLAIN = "c0008000 T _text\nc0008000 T _stext\nc0100000 t helper\n"
            + "c0200000 T _etext\nc0300000 D __per_cpu_start\nc0300100 D __per_cpu_end\n";

    static Stream<Arguments> maps() {
        return Stream.of(
                Arguments.of("plain lines", PLAIN + "c0100010 t more\nc0100020 T last\n"),
                Arguments.of("indented and blank lines", PLAIN + "   c0100010 t more\n\n\nc0100020 T last\n  \n"),
                Arguments.of("a line without its name", PLAIN + "c0100010 t\nc0100020 T after\nc0100030 T x\n"),
                Arguments.of("a line with only an address", PLAIN + "c0100010\nc0100020 T y\nc0100030 t z\n"),
                Arguments.of("a short line then a long one", "c0100010 t aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n"
                        + "c0100020 \nc0100030 T b\n" + PLAIN),
                Arguments.of("CRLF line ends", PLAIN.replace("\n", "\r\n") + "c0100010 t crlf\r\n"),
                Arguments.of("a name too long", PLAIN + "c0100010 t " + "n".repeat(600) + "\nc0100020 t ok\n"),
                Arguments.of("markers late", PLAIN + "c0400000 T _stext\nc0400010 T _text\nc0500000 T _etext\n"),
                Arguments.of("a malformed line", PLAIN + "zz not a symbol\nc0100020 t fine\n"),
                Arguments.of("no final newline", PLAIN + "c0100010 t end"),
                // getline's parser reads this last line's type and name from what the line before left
                Arguments.of("a last line cut after the address", PLAIN + "c0100010 T x\nc0100020 "));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("maps")
    void everySplitReadsLikeOneReading(String what, String text) {
        byte[] map = text.getBytes(StandardCharsets.ISO_8859_1);
        for (Generation generation : Generation.values()) {
            String whole = reading(generation, map, -1);
            for (int split = 1; split < map.length; split++) {
                assertEquals(whole, reading(generation, map, split),
                        generation + ", split at byte " + split + " of " + what);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("maps")
    void aLargeMapIsSplitAndReadsLikeOneReading(String what, String text) {
        StringBuilder big = new StringBuilder(text);
        for (int i = 0; big.length() < 2 * SplitReading.SPLIT_FROM; i++) {
            big.append(String.format("c%07x t sym_%d\n", 0x100000 + i * 4, i));
        }
        big.append(text);
        byte[] map = big.toString().getBytes(StandardCharsets.ISO_8859_1);
        assertTrue(SplitReading.lineStartAfter(map, map.length / 2) > 0);
        for (Generation generation : Generation.values()) {
            assertEquals(reading(generation, map, -1), reading(generation, map, Integer.MIN_VALUE), generation.toString());
        }
    }

    /** Everything a reading leaves behind, as text; split -1: none, MIN_VALUE: the default choice. */
    private static String reading(Generation generation, byte[] map, int split) {
        return Readings.of(generation, (dialect, table, err) -> {
            if (split == Integer.MIN_VALUE) {
                SplitReading.read(dialect.reader(), dialect.reader(), map, table, err);
            } else {
                SplitReading.read(dialect.reader(), dialect.reader(), map, table, err, split);
            }
        });
    }
}
