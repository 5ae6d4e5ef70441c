package dev.kallsyms.harness.diagnosis;

import dev.kallsyms.harness.diagnosis.LinkImage.Section;
import dev.kallsyms.harness.diagnosis.LinkImage.Symbol;
import java.util.ArrayList;
import java.util.List;

/** Builds synthetic link images for the diagnosis's unit tests. */
final class Images {
    private final String label;
    private final List<Symbol> symbols = new ArrayList<>();
    private final List<Section> sections = new ArrayList<>();

    private Images(String label) {
        this.label = label;
    }

    static Images of(String label) {
        return new Images(label);
    }

    Images section(String name, long address, long size, long alignment) {
        sections.add(new Section(name, address, size, alignment, true));
        return this;
    }

    Images symbol(String name, long address, char letter, String section) {
        symbols.add(new Symbol(name, address, 0, letter, section));
        return this;
    }

    LinkImage build() {
        return LinkImage.of(label, symbols, sections);
    }
}
