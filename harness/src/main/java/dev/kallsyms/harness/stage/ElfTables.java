package dev.kallsyms.harness.stage;

import dev.kallsyms.readback.elf.ElfFile;
import dev.kallsyms.readback.elf.ElfSection;
import dev.kallsyms.readback.elf.ElfSymbol;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * What the stage checks need of one linked ELF, read once with readback's mapped reader and kept after the
 * file is closed: every section header (empty ones too) and every symbol, with the section names resolved.
 *
 * @param symbolSections for each entry of {@code symbols}, the name of its section (or UND / ABS / COMMON)
 */
public record ElfTables(List<ElfSection> sections, List<ElfSymbol> symbols, List<String> symbolSections) {
    public ElfTables {
        sections = List.copyOf(sections);
        symbols = List.copyOf(symbols);
        symbolSections = List.copyOf(symbolSections);
        if (symbols.size() != symbolSections.size()) {
            throw new IllegalArgumentException("one section name per symbol");
        }
    }

    public static ElfTables read(Path file) {
        try (ElfFile elf = ElfFile.open(file)) {
            List<ElfSymbol> symbols = elf.symbols();
            return new ElfTables(elf.sections(), symbols, symbols.stream().map(elf::sectionName).toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    public String sectionOf(int symbolIndex) {
        return symbolSections.get(symbolIndex);
    }
}
