package dev.kallsyms.harness.summary;

import dev.kallsyms.harness.report.Markup;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The pieces every page is made of. Everything from data goes through {@link #esc} or {@link #href}; markup
 * is only ever written here and by the page classes, never taken from data. The style sheet is inline, so a
 * page needs nothing but itself (and the files it links to).
 */
final class Html {
    private static final String STYLE = """
            body{font:14px/1.4 system-ui,sans-serif;margin:1.5em;color:#222}
            h1{font-size:1.4em}h2{font-size:1.15em;margin-top:1.6em}
            table{border-collapse:collapse;margin:.5em 0}
            th,td{border:1px solid #ccc;padding:3px 7px;text-align:left;vertical-align:top}
            th{background:#f2f2f2}td.n{text-align:right;font-variant-numeric:tabular-nums}
            pre{background:#f7f7f7;border:1px solid #ddd;padding:.6em;overflow:auto;max-height:40em}
            .v{display:inline-block;padding:2px 6px;margin:1px;border-radius:3px;color:#fff;text-decoration:none;
            font-weight:600;font-size:12px;background:#555}
            .v-PASS{background:#2e7d32}.v-UNCHECKED{background:#757575}.v-INFRA{background:#6a1b9a}
            .v-GENERATOR_MISMATCH{background:#c62828}.v-STAGE_INCONSISTENT{background:#ef6c00}
            .v-READBACK_MISMATCH{background:#ad1457}.v-BOOT_FAILED{background:#4e342e}
            .v-BUILD_FAILED{background:#9e9d24}.v-TIMED_OUT{background:#0277bd}.v-HARNESS_ERROR{background:#000}.v-MISSING{background:#bbb;color:#222}
            .v-SKIPPED{background:#e0e0e0;color:#222}
            .bad{color:#c62828;font-weight:600}.ok{color:#2e7d32}
            .muted{color:#777}
            """;

    private Html() {
    }

    static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>" + esc(title)
                + "</title>\n<style>\n" + STYLE + "</style></head>\n<body>\n" + body + "</body></html>\n";
    }

    static String esc(String s) {
        return Markup.text(s);
    }

    /** A relative path as a link target: each segment percent-encoded where needed, then escaped. */
    static String href(String path) {
        StringBuilder out = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (Character.isLetterOrDigit(c) && c < 0x80 || "/._-~".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return Markup.attr(out.toString());
    }

    static String link(String path, String label) {
        return "<a href=\"" + href(path) + "\">" + esc(label) + "</a>";
    }

    /** A verdict as a coloured label; a link to the cell's page when {@code path} is given. */
    static String verdict(String verdict, String path, String tooltip, String cellId) {
        String attrs = " class=\"v v-" + Markup.attr(verdict) + "\" data-verdict=\"" + Markup.attr(verdict) + "\""
                + (cellId == null ? "" : " data-cell=\"" + Markup.attr(cellId) + "\"")
                + (tooltip == null ? "" : " title=\"" + Markup.attr(tooltip) + "\"");
        return path == null ? "<span" + attrs + ">" + esc(verdict) + "</span>"
                : "<a href=\"" + href(path) + "\"" + attrs + ">" + esc(verdict) + "</a>";
    }

    /**
     * A table; header cells escaped (no header row when {@code header} is empty), row cells are markup already
     * (built with the helpers above).
     */
    static String table(String cssClass, List<String> header, List<List<String>> rows) {
        StringBuilder s = new StringBuilder("<table" + (cssClass == null ? "" : " class=\"" + cssClass + "\"")
                + ">\n");
        if (!header.isEmpty()) {
            s.append("<tr>");
            header.forEach(h -> s.append("<th>").append(esc(h)).append("</th>"));
            s.append("</tr>\n");
        }
        for (List<String> row : rows) {
            s.append("<tr>");
            row.forEach(cell -> s.append(cell.startsWith("<td") || cell.startsWith("<th") ? cell
                    : "<td>" + cell + "</td>"));
            s.append("</tr>\n");
        }
        return s.append("</table>\n").toString();
    }

    /** A right-aligned number cell. */
    static String num(long n) {
        return "<td class=\"n\">" + String.format(Locale.ROOT, "%,d", n) + "</td>";
    }

    static String seconds(double ms) {
        return String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }

    static String list(List<String> items) {
        if (items.isEmpty()) {
            return "";
        }
        StringBuilder s = new StringBuilder("<ul>\n");
        items.forEach(i -> s.append("<li>").append(esc(i)).append("</li>\n"));
        return s.append("</ul>\n").toString();
    }
}
