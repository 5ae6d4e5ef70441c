package dev.kallsyms.harness.summary;

import dev.kallsyms.harness.Cell;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The matrix as a grid: one row per kernel and toolchain, one column per defconfig, each cell's verdict as a
 * coloured link to its page (several when fragments or make variables make more than one cell of a defconfig),
 * and the cells skipped as unbuildable as grey labels whose title says why.
 */
final class MatrixGrid {
    private MatrixGrid() {
    }

    /** A label in the grid: a built cell's verdict, or a skipped cell's. */
    private record Entry(Cell cell, String label, String variant) {
    }

    static String render(List<CellSummary> cells, List<SkippedCell> skipped) {
        List<Entry> entries = new ArrayList<>();
        for (CellSummary c : cells) {
            entries.add(new Entry(c.cell(), Html.verdict(c.verdict(), c.page(), tooltip(c), c.id()), variant(c.cell())));
        }
        for (SkippedCell s : skipped) {
            entries.add(new Entry(s.cell(), Html.verdict(SkippedCell.VERDICT, null,
                    s.cell().describe() + "\n" + s.reason(), s.id()), variant(s.cell())));
        }
        entries.sort(Comparator.comparing(Entry::cell, RunReport.CELL_ORDER));
        Set<String> columns = new TreeSet<>();
        entries.forEach(e -> columns.add(e.cell().defconfig()));
        Map<String, Map<String, List<Entry>>> rows = new LinkedHashMap<>();
        for (Entry e : entries) {
            rows.computeIfAbsent(e.cell().kernel() + " / " + e.cell().toolchain(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(e.cell().defconfig(), k -> new ArrayList<>()).add(e);
        }
        List<String> header = new ArrayList<>(List.of("kernel / toolchain"));
        header.addAll(columns);
        List<List<String>> body = new ArrayList<>();
        rows.forEach((row, byDefconfig) -> {
            List<String> line = new ArrayList<>(List.of("<th>" + Html.esc(row) + "</th>"));
            for (String column : columns) {
                List<Entry> here = byDefconfig.getOrDefault(column, List.of());
                StringBuilder td = new StringBuilder("<td>");
                for (Entry e : here) {
                    td.append("<div>").append(e.label());
                    if (here.size() > 1) {
                        td.append(" <small>").append(Html.esc(e.variant())).append("</small>");
                    }
                    td.append("</div>");
                }
                line.add(td.append("</td>").toString());
            }
            body.add(line);
        });
        return Html.table("grid", header, body);
    }

    /** What sets a cell apart from the others of its defconfig: fragments (file names only), variables, patches. */
    static String variant(Cell c) {
        List<String> parts = new ArrayList<>();
        c.fragments().forEach(f -> parts.add("+" + f.substring(f.lastIndexOf('/') + 1)));
        parts.addAll(c.makeVars());
        c.patches().forEach(p -> parts.add("patch:" + p.substring(p.lastIndexOf('/') + 1)));
        return parts.isEmpty() ? "(defconfig only)" : String.join(" ", parts);
    }

    /** What the coloured label stands for: the whole cell, and its first reason. */
    private static String tooltip(CellSummary c) {
        return c.cell().describe() + (c.reasons().isEmpty() ? "" : "\n" + c.reasons().get(0));
    }
}
