package dev.kallsyms.readback;

import dev.kallsyms.readback.expect.KallsymsModel;
import dev.kallsyms.readback.expect.MapLine;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the kallsyms tables built from a map should hold: the map lines scripts/kallsyms of the generation keeps
 * (with the switches it was given), in table order. This is the expectation {@link Readback#check} compares a
 * decoded ELF with; the selection is this module's own reading of kallsyms.c, not the generator's.
 */
public final class ExpectedTable {
    private ExpectedTable() {
    }

    /**
     * A line scripts/kallsyms reads as a symbol, or null for one it skips: every generation's reader wants a hex
     * address first, so nm's undefined symbols ({@code "         U vector_fiq"}, in 5.10's unfiltered
     * {@code nm -n} of an LLVM=1 build) never reach the tables.
     */
    static ExpectedSymbol addressedLine(String line) {
        int start = 0;
        while (start < line.length() && line.charAt(start) == ' ') {
            start++;
        }
        if (start == line.length() || Character.digit(line.charAt(start), 16) < 0) {
            return null;
        }
        return ExpectedSymbol.parseMapLine(line);
    }

    /**
     * @param map        the nm map one scripts/kallsyms call read (the last pass's for a final vmlinux)
     * @param generation kernel generation, e.g. {@code 6.1}
     * @param arguments  that call's command line ({@code --all-symbols}, {@code --absolute-percpu} matter)
     */
    public static List<ExpectedSymbol> fromMap(Path map, String generation, List<String> arguments)
            throws IOException {
        List<ExpectedSymbol> read = ExpectedSymbol.readMap(map, ExpectedTable::addressedLine);
        List<MapLine> lines = new ArrayList<>(read.size());
        for (ExpectedSymbol s : read) {
            lines.add(new MapLine(s.address(), s.type(), s.name(), lines.size()));
        }
        return new KallsymsModel(generation, arguments).select(lines);
    }
}
