package dev.kallsyms.reference;

import java.util.List;

/**
 * The first difference in one channel (exit status, stdout or stderr) between the C reference and another
 * kallsyms program.
 *
 * @param channel        where the outputs differ
 * @param line           1-based number of the first differing line (0 for the exit status)
 * @param column         1-based column of the first differing byte in that line (0 when a whole line is missing)
 * @param before         up to three equal lines before it
 * @param expected       the reference's line ({@code null} when its output ended earlier); the exit status as text
 * @param actual         the other program's line ({@code null} when its output ended earlier)
 * @param expectedAfter  up to three following lines of the reference
 * @param actualAfter    up to three following lines of the other program
 * @param location       what the line describes, e.g. {@code kallsyms_names[17]}, or empty
 * @param symbol         the symbol involved as "type name", or empty when the line belongs to no symbol
 */
public record Mismatch(Channel channel, int line, int column, List<String> before, String expected, String actual,
                       List<String> expectedAfter, List<String> actualAfter, String location, String symbol) {

    public enum Channel { EXIT_STATUS, STDOUT, STDERR }

    public Mismatch {
        before = List.copyOf(before);
        expectedAfter = List.copyOf(expectedAfter);
        actualAfter = List.copyOf(actualAfter);
    }

    /** A readable multi-line description; lines are shown with control and non-ASCII bytes escaped. */
    public String describe() {
        StringBuilder out = new StringBuilder();
        if (channel == Channel.EXIT_STATUS) {
            return out.append("exit status: C ").append(expected).append(", other ").append(actual).append('\n')
                    .toString();
        }
        out.append(channel.name().toLowerCase(java.util.Locale.ROOT)).append(" differs at line ").append(line);
        if (column > 0) {
            out.append(", column ").append(column);
        }
        if (!location.isEmpty()) {
            out.append(" (").append(location).append(')');
        }
        out.append('\n');
        if (!symbol.isEmpty()) {
            out.append("  symbol: ").append(Text.escape(symbol)).append('\n');
        }
        int first = line - before.size();
        for (int i = 0; i < before.size(); i++) {
            out.append(row("   ", first + i, before.get(i)));
        }
        out.append(row("C  ", line, expected));
        for (int i = 0; i < expectedAfter.size(); i++) {
            out.append(row("C  ", line + 1 + i, expectedAfter.get(i)));
        }
        out.append(row("J  ", line, actual));
        for (int i = 0; i < actualAfter.size(); i++) {
            out.append(row("J  ", line + 1 + i, actualAfter.get(i)));
        }
        return out.toString();
    }

    private static String row(String side, int number, String text) {
        return String.format("  %s%6d | %s%n", side, number, text == null ? "<end of output>" : Text.shorten(text));
    }

    /** Rendering of raw output lines (decoded as ISO-8859-1, one char per byte). */
    static final class Text {
        private static final int MAX = 240;

        private Text() {
        }

        static String escape(String raw) {
            StringBuilder b = new StringBuilder(raw.length());
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                if (c == '\t') {
                    b.append("\\t");
                } else if (c == '\\') {
                    b.append("\\\\");
                } else if (c < 0x20 || c >= 0x7f) {
                    b.append(String.format("\\x%02x", (int) c));
                } else {
                    b.append(c);
                }
            }
            return b.toString();
        }

        static String shorten(String raw) {
            String escaped = escape(raw);
            return escaped.length() <= MAX ? escaped
                    : escaped.substring(0, MAX) + "... (" + raw.length() + " bytes)";
        }
    }
}
