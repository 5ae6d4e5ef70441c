package dev.kallsyms.harness.summary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The matrix as a grid: one row per kernel and toolchain, one column per defconfig, each cell's verdict as a
 * coloured link to its page (several when fragments or make variables make more than one cell of a defconfig).
 */
final class MatrixGrid {
    private MatrixGrid() {
    }

    /** @param cells in the report's order (kernel version, toolchain, defconfig) */
    static String render(List<CellSummary> cells) {
        Set<String> columns = new LinkedHashSet<>();
        cells.stream().map(c -> c.cell().defconfig()).sorted().forEach(columns::add);
        Map<String, Map<String, List<CellSummary>>> rows = new LinkedHashMap<>();
        for (CellSummary c : cells) {
            rows.computeIfAbsent(c.cell().kernel() + " / " + c.cell().toolchain(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(c.cell().defconfig(), k -> new ArrayList<>()).add(c);
        }
        List<String> header = new ArrayList<>(List.of("kernel / toolchain"));
        header.addAll(columns);
        List<List<String>> body = new ArrayList<>();
        rows.forEach((row, byDefconfig) -> {
            List<String> line = new ArrayList<>(List.of("<th>" + Html.esc(row) + "</th>"));
            for (String column : columns) {
                List<CellSummary> here = byDefconfig.getOrDefault(column, List.of());
                StringBuilder td = new StringBuilder("<td>");
                for (CellSummary c : here) {
                    td.append("<div>").append(Html.verdict(c.verdict(), c.page(), tooltip(c), c.id()));
                    if (here.size() > 1) {
                        td.append(" <small>").append(Html.esc(variant(c))).append("</small>");
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
    static String variant(CellSummary c) {
        List<String> parts = new ArrayList<>();
        c.cell().fragments().forEach(f -> parts.add("+" + f.substring(f.lastIndexOf('/') + 1)));
        parts.addAll(c.cell().makeVars());
        c.cell().patches().forEach(p -> parts.add("patch:" + p.substring(p.lastIndexOf('/') + 1)));
        return parts.isEmpty() ? "(defconfig only)" : String.join(" ", parts);
    }

    /** What the coloured label stands for: the whole cell, and its first reason. */
    private static String tooltip(CellSummary c) {
        return c.cell().describe() + (c.reasons().isEmpty() ? "" : "\n" + c.reasons().get(0));
    }
}
