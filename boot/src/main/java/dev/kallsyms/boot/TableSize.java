package dev.kallsyms.boot;

import dev.kallsyms.readback.elf.ElfFile;
import dev.kallsyms.readback.elf.ElfSymbol;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Set;

/**
 * How many entries the linked kallsyms table holds: the {@code kallsyms_num_syms} word the kernel itself reads.
 * The boot check expects the kernel to show exactly that many core entries, so an entry the kernel skipped
 * or invented shows up even where System.map has no opinion (System.map lists more than the table).
 */
public final class TableSize {
    static final String SYMBOL = "kallsyms_num_syms";

    private TableSize() {
    }

    public static long of(Path vmlinux) throws IOException {
        try (ElfFile elf = ElfFile.open(vmlinux)) {
            ElfSymbol symbol = elf.definedSymbols(Set.of(SYMBOL)).get(SYMBOL);
            if (symbol == null) {
                throw new IOException(vmlinux + " has no " + SYMBOL + " (built without CONFIG_KALLSYMS?)");
            }
            ByteBuffer content = elf.content(elf.section(symbol.sectionIndex())).order(elf.byteOrder());
            // a 32-bit count in every generation (".long" in the generated assembler)
            return Integer.toUnsignedLong(content.getInt((int) elf.offsetInSection(symbol)));
        }
    }
}
