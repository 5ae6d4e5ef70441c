package dev.kallsyms.harness.diagnosis;

import dev.kallsyms.readback.elf.ElfFile;
import dev.kallsyms.readback.elf.ElfSection;
import dev.kallsyms.readback.elf.ElfSymbol;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a {@link LinkImage} from an ELF file with readback's mapped reader (headers and .symtab only). */
public final class LinkImageReader {
    private LinkImageReader() {
    }

    public static LinkImage read(Path file, String label) {
        try (ElfFile elf = ElfFile.open(file)) {
            List<ElfSection> headers = elf.sections();
            List<LinkImage.Section> sections = headers.stream().filter(s -> s.index() > 0)
                    .map(s -> new LinkImage.Section(s.name(), s.address(), s.size(), s.alignment(), s.allocated()))
                    .toList();
            List<LinkImage.Symbol> symbols = new ArrayList<>();
            List<LinkImage.Symbol> boundaries = new ArrayList<>();
            for (ElfSymbol s : elf.symbols()) {
                if (s.isDefined() && s.type() != ElfSymbol.STT_FILE) {
                    LinkImage.Symbol symbol = symbol(s, headers, elf.sectionName(s));
                    boundaries.add(symbol);
                    if (s.isNamedLocation()) {
                        symbols.add(symbol);
                    }
                }
            }
            // a table ends where the next thing starts, and a mapping symbol ($d) often is that next thing
            boundaries.sort(java.util.Comparator.comparingLong(LinkImage.Symbol::address)
                    .thenComparing(LinkImage.Symbol::name));
            LinkImage image = new LinkImage(label, symbols, sections, java.util.Map.of());
            return new LinkImage(label, symbols, sections, image.measureTables(boundaries));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static LinkImage.Symbol symbol(ElfSymbol s, List<ElfSection> headers, String sectionName) {
        ElfSection section = s.isInSection() && s.sectionIndex() < headers.size() ? headers.get(s.sectionIndex())
                : null;
        char letter = NmType.letter(s.binding(), s.type(), s.sectionIndex(), section == null ? 0 : section.flags(),
                section == null ? 0 : section.type(), sectionName);
        return new LinkImage.Symbol(s.name(), s.value(), s.size(), letter, sectionName);
    }
}
