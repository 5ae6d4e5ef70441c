package dev.kallsyms.harness.elf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import net.fornwall.jelf.ElfFile;
import net.fornwall.jelf.ElfSymbolTableSection;
import org.junit.jupiter.api.Test;

/**
 * The measurement behind reading ELF files with our own mapped reader rather than jelf: run with
 * {@code -Delf.timing.file=/path/to/vmlinux} (skipped otherwise). Prints the best of three runs each.
 */
class ElfReaderTimingTest {
    @Test
    void compareWithJelf() throws Exception {
        String file = System.getProperty("elf.timing.file");
        assumeTrue(file != null, "set -Delf.timing.file to measure");
        Path path = Path.of(file);
        long ours = Long.MAX_VALUE;
        long theirs = Long.MAX_VALUE;
        int ourCount = 0;
        int theirCount = 0;
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            ourCount = ElfSymbolTable.read(path).symbols().size();
            ours = Math.min(ours, System.nanoTime() - start);
            start = System.nanoTime();
            ElfSymbolTableSection symtab = (ElfSymbolTableSection) ElfFile.from(path.toFile())
                    .firstSectionByName(".symtab");
            theirCount = symtab.symbols.length - 1;
            theirs = Math.min(theirs, System.nanoTime() - start);
        }
        assertEquals(theirCount, ourCount);
        System.out.printf("[ElfReaderTiming] %s: %d symbols; mapped reader %.1f ms, jelf %.1f ms%n", path, ourCount,
                ours / 1e6, theirs / 1e6);
    }
}
