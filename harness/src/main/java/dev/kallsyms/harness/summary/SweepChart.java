package dev.kallsyms.harness.summary;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The points of a sweep as an inline SVG chart: one dot per point, in the sweep's order, at the height of its
 * kallsyms tables' size against the baseline's; filled green when the point passed, orange when its link did
 * not converge, red for any other failure. Each dot links to the point's page and says what it is on hover.
 */
final class SweepChart {
    private static final int WIDTH = 860;
    private static final int HEIGHT = 260;
    private static final int LEFT = 70;
    private static final int TOP = 20;
    private static final int PLOT_H = 200;

    private SweepChart() {
    }

    /** @param tableDelta null when the point has no tables to compare */
    record Point(String label, String verdict, boolean converged, Long tableDelta, String page) {
    }

    static String render(List<Point> points) {
        if (points.isEmpty()) {
            return "<p>no points</p>\n";
        }
        long max = points.stream().map(Point::tableDelta).filter(Objects::nonNull).mapToLong(Long::longValue)
                .max().orElse(0);
        long min = points.stream().map(Point::tableDelta).filter(Objects::nonNull).mapToLong(Long::longValue)
                .min().orElse(0);
        long top = Math.max(max, 0);
        long bottom = Math.min(min, 0);
        if (top == bottom) {
            top = bottom + 1;
        }
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg id=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" role=\"img\">%n"
                        + "<title>kallsyms table bytes against the baseline, per point</title>%n", WIDTH, HEIGHT));
        double zero = y(0, bottom, top);
        svg.append(line(LEFT, zero, WIDTH - 10, zero, "#999"));
        svg.append(line(LEFT, TOP, LEFT, TOP + PLOT_H, "#999"));
        svg.append(text(LEFT - 6, y(top, bottom, top) + 4, "end", String.format(Locale.ROOT, "%+d B", top)));
        svg.append(text(LEFT - 6, zero + 4, "end", "0"));
        if (bottom < 0) {
            svg.append(text(LEFT - 6, y(bottom, bottom, top) + 4, "end", String.format(Locale.ROOT, "%+d B", bottom)));
        }
        double step = (WIDTH - LEFT - 30) / (double) Math.max(1, points.size() - 1);
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            double x = LEFT + 10 + i * (points.size() == 1 ? 0 : step);
            double cy = p.tableDelta() == null ? TOP + PLOT_H : y(p.tableDelta(), bottom, top);
            svg.append(dot(p, x, cy));
            if (points.size() <= 40) {
                svg.append(text(x, TOP + PLOT_H + 16, "middle", Integer.toString(i + 1)));
            }
        }
        svg.append(text(LEFT, HEIGHT - 6, "start", "point (sweep order); dot: green PASS, orange not converged, "
                + "red other failure, hollow no tables"));
        return svg.append("</svg>\n").toString();
    }

    private static String dot(Point p, double x, double cy) {
        String colour = "PASS".equals(p.verdict()) ? "#2e7d32" : !p.converged() ? "#ef6c00" : "#c62828";
        String fill = p.tableDelta() == null ? "none" : colour;
        String title = p.label() + ": " + p.verdict() + (p.converged() ? ", converged" : ", did not converge")
                + (p.tableDelta() == null ? "" : String.format(Locale.ROOT, ", tables %+d bytes", p.tableDelta()));
        String circle = String.format(Locale.ROOT,
                "<circle class=\"point\" cx=\"%.1f\" cy=\"%.1f\" r=\"6\" fill=\"%s\" stroke=\"%s\" "
                        + "data-verdict=\"%s\"><title>%s</title></circle>", x, cy, fill, colour,
                Html.esc(p.verdict()), Html.esc(title));
        return (p.page() == null ? circle : "<a href=\"" + Html.href(p.page()) + "\">" + circle + "</a>") + "\n";
    }

    private static double y(long value, long bottom, long top) {
        return TOP + PLOT_H - (value - bottom) * (double) PLOT_H / (top - bottom);
    }

    private static String line(double x1, double y1, double x2, double y2, String colour) {
        return String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>%n",
                x1, y1, x2, y2, colour);
    }

    private static String text(double x, double y, String anchor, String s) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"11\">%s</text>%n",
                x, y, anchor, Html.esc(s));
    }
}
