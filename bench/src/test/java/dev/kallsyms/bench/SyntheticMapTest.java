package dev.kallsyms.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 2M scenario's map is the same on every run and machine, sorted, and inside the text range. */
class SyntheticMapTest {
    @TempDir
    Path dir;

    @Test
    void sameSeedSameBytesOtherSeedOtherBytes() throws IOException {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        Path c = dir.resolve("c");
        SyntheticMap.write(a, 5000, 7);
        SyntheticMap.write(b, 5000, 7);
        SyntheticMap.write(c, 5000, 8);
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        assertFalse(Files.mismatch(a, c) == -1);
    }

    @Test
    void sortedShortNamesBetweenStextAndEtext() throws IOException {
        Path map = dir.resolve("m");
        SyntheticMap.write(map, 3000, 1);
        List<String> lines = Files.readAllLines(map, StandardCharsets.ISO_8859_1);
        assertEquals(3003, lines.size());
        assertEquals("c0008000 T _text", lines.get(0));
        assertTrue(lines.get(lines.size() - 1).endsWith(" T _etext"));
        long previous = 0;
        for (String line : lines) {
            String[] f = line.split(" ");
            assertEquals(3, f.length, line);
            long address = Long.parseLong(f[0], 16);
            assertTrue(address >= previous, line);
            assertTrue(f[2].length() <= 40, line);
            previous = address;
        }
    }
}
