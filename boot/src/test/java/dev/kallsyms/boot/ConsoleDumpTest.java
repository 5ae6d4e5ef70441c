package dev.kallsyms.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConsoleDumpTest {
    @Test
    void dumpIsWhatLiesBetweenTheMarkers() {
        ConsoleDump console = feed("Booting Linux on physical CPU 0x0", "Run /init as init process",
                ConsoleDump.BEGIN, "80008000 T _text", "80100000 T _stext", ConsoleDump.END, "reboot: Power down");
        assertTrue(console.complete());
        assertEquals(Optional.of(List.of("80008000 T _text", "80100000 T _stext")), console.dump());
    }

    @Test
    void markerAfterStrayOutputOnTheSameLineCounts() {
        ConsoleDump console = feed("random: crng init done" + ConsoleDump.BEGIN, "80008000 T _text",
                "# " + ConsoleDump.END);
        assertEquals(Optional.of(List.of("80008000 T _text")), console.dump());
    }

    @Test
    void noEndMarkerMeansNoDump() {
        ConsoleDump console = feed("Kernel panic - not syncing: No working init found.", ConsoleDump.BEGIN,
                "80008000 T _text");
        assertTrue(console.started());
        assertFalse(console.complete());
        assertEquals(Optional.empty(), console.dump());
        assertEquals(List.of(ConsoleDump.BEGIN, "80008000 T _text"), console.tail(2));
    }

    @Test
    void endMarkerBeforeTheBeginDoesNotCount() {
        assertFalse(feed(ConsoleDump.END, "text").complete());
    }

    private static ConsoleDump feed(String... lines) {
        ConsoleDump console = new ConsoleDump();
        for (String line : lines) {
            console.accept(line);
        }
        return console;
    }
}
