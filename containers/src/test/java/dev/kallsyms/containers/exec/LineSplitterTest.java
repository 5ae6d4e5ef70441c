package dev.kallsyms.containers.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineSplitterTest {
    @Test
    void joinsChunksIntoLinesAndFlushesTheRest() {
        List<String> lines = new ArrayList<>();
        LineSplitter splitter = new LineSplitter(lines::add);
        splitter.feed(bytes("  CC      init/main.o\n  LD "));
        assertEquals(List.of("  CC      init/main.o"), lines);
        splitter.feed(bytes("  vmlinux\r\n\nlast"));
        splitter.flush();
        assertEquals(List.of("  CC      init/main.o", "  LD   vmlinux", "", "last"), lines);
    }

    @Test
    void keepsMultiByteCharactersSplitAcrossChunks() {
        List<String> lines = new ArrayList<>();
        LineSplitter splitter = new LineSplitter(lines::add);
        byte[] quote = bytes("‘x’\n");
        splitter.feed(java.util.Arrays.copyOfRange(quote, 0, 2));
        splitter.feed(java.util.Arrays.copyOfRange(quote, 2, quote.length));
        assertEquals(List.of("‘x’"), lines);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
