package dev.kallsyms.readback;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kallsyms.readback.expect.KallsymsModel;
import dev.kallsyms.readback.expect.MapLine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A real distro kernel, when one is at hand (too big to keep: Debian's linux-image-*-armmp-dbg is 620 MB).
 * Left out of the build unless given one (readback's pom), so it never passes as skipped. Run with {@code -Dreadback.vmlinux=PATH -Dreadback.systemMap=PATH -Dreadback.generation=6.1
 * [-Dreadback.kallsymsArgs=--all-symbols]}; the expected entries are the System.map selected as the C program
 * of that generation selects them.
 */
class DistroVmlinuxTest {

    @Test
    void readsBackADistroKernel() throws Exception {
        String vmlinux = System.getProperty("readback.vmlinux");
        assertTrue(vmlinux != null && Files.isRegularFile(Path.of(vmlinux)),
                "-Dreadback.vmlinux names no file: " + vmlinux);
        Path systemMap = Path.of(System.getProperty("readback.systemMap"));
        String generation = System.getProperty("readback.generation", "6.1");
        List<String> args = List.of(System.getProperty("readback.kallsymsArgs", "--all-symbols").split(" "));

        List<MapLine> lines = new ArrayList<>();
        for (ExpectedSymbol s : ExpectedSymbol.readMap(systemMap)) {
            lines.add(new MapLine(s.address(), s.type(), s.name(), lines.size()));
        }
        List<ExpectedSymbol> expected = new KallsymsModel(generation, args).select(lines);
        for (int round = 0; round < 3; round++) {
            ReadbackResult result = Readback.check(Path.of(vmlinux), generation, expected);
            System.out.printf("%s (%d MB): %s, compare %d ms%n", vmlinux, Files.size(Path.of(vmlinux)) >> 20,
                    result.summary(), result.compareTime().toMillis());
            assertTrue(result.ok(), result.summary() + "\n" + String.join("\n", result.defects()));
        }
    }
}
