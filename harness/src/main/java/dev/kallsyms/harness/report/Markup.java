package dev.kallsyms.harness.report;

/**
 * Escaping for the XML and HTML the harness writes (junit.xml, the run's index.html and cell pages): everything
 * that comes from data goes through here. Control characters other than tab and line breaks, which XML 1.0
 * cannot carry, become '?'.
 */
public final class Markup {
    private Markup() {
    }

    /** Text content; also safe inside a double-quoted attribute. */
    public static String text(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        s.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
                        out.append('?');
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

    /** A double-quoted attribute value: line breaks kept as character references. */
    public static String attr(String s) {
        return text(s).replace("\n", "&#10;");
    }
}
