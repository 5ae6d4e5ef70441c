package dev.kallsyms.boot;

import dev.kallsyms.readback.ExpectedSymbol;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * System.map and /proc/kallsyms lines ({@code address type name}). Unlike readback's reader this one accepts
 * an empty name: nm prints such lines for some unnamed local symbols (seen in a 6.1 tinyconfig build, in
 * .cpuidle.text), and they must be read, not refused, to account for what the kernel makes of them.
 */
final class MapLines {
    private static final Pattern LINE = Pattern.compile("([0-9a-fA-F]+) (\\S)(?: (\\S*))?\\s*");

    private MapLines() {
    }

    static ExpectedSymbol parse(String line) {
        Matcher m = LINE.matcher(line);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a symbol map line: '" + line + "'");
        }
        return new ExpectedSymbol(Long.parseUnsignedLong(m.group(1), 16), m.group(2).charAt(0),
                m.group(3) == null ? "" : m.group(3));
    }

    static List<ExpectedSymbol> read(Path map) throws IOException {
        return ExpectedSymbol.readMap(map, MapLines::parse);
    }
}
