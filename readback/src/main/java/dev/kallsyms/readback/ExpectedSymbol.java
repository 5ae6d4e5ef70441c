package dev.kallsyms.readback;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One entry the kallsyms tables should hold, in table order: address, nm type letter, name. Names are kept as
 * ISO-8859-1 strings so that every byte maps to one char and comparisons follow the bytes.
 */
public record ExpectedSymbol(long address, char type, String name) {

    /** Parses one line of nm / System.map form: {@code <hex address> <type> <name>}. */
    public static ExpectedSymbol parseMapLine(String line) {
        String[] parts = line.strip().split("\\s+", 3);
        if (parts.length != 3 || parts[1].length() != 1) {
            throw new IllegalArgumentException("not a symbol map line: '" + line + "'");
        }
        return new ExpectedSymbol(Long.parseUnsignedLong(parts[0], 16), parts[1].charAt(0), parts[2]);
    }

    /** Every non-blank line of a map file, in file order (no filtering: that is the caller's choice). */
    public static List<ExpectedSymbol> readMap(Path map) throws IOException {
        return readMap(map, ExpectedSymbol::parseMapLine);
    }

    /** The same with another line parser (one that accepts more, say; a null from it skips the line). */
    public static List<ExpectedSymbol> readMap(Path map, Function<String, ExpectedSymbol> parser)
            throws IOException {
        List<ExpectedSymbol> symbols = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(map, StandardCharsets.ISO_8859_1)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                ExpectedSymbol s = line.isBlank() ? null : parser.apply(line);
                if (s != null) {
                    symbols.add(s);
                }
            }
        }
        return symbols;
    }

    @Override
    public String toString() {
        return String.format("%x %c %s", address, type, name);
    }
}
