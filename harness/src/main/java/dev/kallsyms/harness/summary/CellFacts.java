package dev.kallsyms.harness.summary;

import dev.kallsyms.boot.BootResult;
import dev.kallsyms.harness.CellResult;
import dev.kallsyms.harness.ReadbackReport;
import java.util.ArrayList;
import java.util.List;

/** The plain fact tables of a cell page: what was built with what, read-back, boot, configuration. */
final class CellFacts {
    private CellFacts() {
    }

    static String render(CellResult r) {
        List<List<String>> rows = new ArrayList<>();
        row(rows, "cell id", r.cell().id());
        if (r.kernel() != null) {
            row(rows, "kernel source", r.kernel().packageName() + " " + r.kernel().packageVersion());
            r.kernel().patches().forEach(p -> row(rows, "kernel patch", p.file() + " sha256 " + p.sha256()));
        }
        if (r.toolchain() != null) {
            row(rows, "toolchain", r.toolchain().id() + " (" + r.toolchain().suite() + ", " + r.toolchain().imageTag()
                    + ")");
            r.toolchain().toolVersions().forEach((tool, version) -> row(rows, tool, version));
            row(rows, "make variables", String.join(" ", r.toolchain().makeVars()) + " "
                    + String.join(" ", r.cell().makeVars()));
        }
        if (r.generator() != null) {
            row(rows, "generator", r.generator().jar() + " sha256 " + r.generator().sha256());
        }
        row(rows, "started / finished", r.startedAt() + " / " + r.finishedAt());
        row(rows, "attempts", Integer.toString(r.attempts()));
        return Html.table("facts", List.of(), rows);
    }

    static String readback(ReadbackReport rb) {
        if (rb == null) {
            return "<p class=\"muted\">not read back (only a cell that passed everything else is)</p>\n";
        }
        List<List<String>> rows = new ArrayList<>();
        row(rows, "result", rb.summary());
        row(rows, "ELF / expected from", rb.elf() + " / " + rb.expectedFrom());
        row(rows, "format / encoding", rb.generation() + " / " + rb.encoding());
        row(rows, "entries expected / decoded / equal", rb.entriesExpected() + " / " + rb.entriesDecoded() + " / "
                + rb.entriesCompared());
        row(rows, "decode / compare", String.format("%.0f ms / %.0f ms", rb.decodeMs(), rb.compareMs()));
        return Html.table("readback", List.of(), rows) + Html.list(rb.defects());
    }

    static String boot(BootResult b) {
        if (b == null) {
            return "<p class=\"muted\">not booted (a passing cell whose defconfig has a qemu machine is)</p>\n";
        }
        List<List<String>> rows = new ArrayList<>();
        row(rows, "machine", b.defconfig() + " on " + b.machine());
        row(rows, "outcome", b.outcome().name() + (b.detail() == null ? "" : ": " + b.detail()));
        row(rows, "/proc/kallsyms entries equal to System.map", b.entriesEqual() + " of " + b.entriesCompared()
                + " (table holds " + b.tableSize() + ")");
        row(rows, "System.map only / from unnamed lines", b.mapOnly() + " / " + b.fromUnnamed());
        if (b.firstDifference() != null) {
            row(rows, "first difference", b.firstDifference());
        }
        row(rows, "make zImage / boot and dump", Html.seconds(b.makeMillis()) + " / "
                + Html.seconds(b.bootAndDumpMillis()));
        row(rows, "console log", b.consoleLog());
        return Html.table("boot", List.of(), rows);
    }

    static String config(CellResult.ConfigReport c) {
        if (c == null) {
            return "<p class=\"muted\">not configured</p>\n";
        }
        List<List<String>> rows = new ArrayList<>();
        row(rows, "requested", String.join("\n", c.fragmentLines()));
        row(rows, "not honoured", c.unmet().isEmpty() ? "none" : String.join("\n", c.unmet()));
        row(rows, "CONFIG_KALLSYMS* in .config", String.join("\n", c.kallsyms()));
        return Html.table("config", List.of(), rows);
    }

    private static void row(List<List<String>> rows, String name, String value) {
        rows.add(List.of("<th>" + Html.esc(name) + "</th>",
                "<td style=\"white-space:pre-wrap\">" + Html.esc(value) + "</td>"));
    }
}
