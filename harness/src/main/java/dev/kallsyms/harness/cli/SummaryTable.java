package dev.kallsyms.harness.cli;

import dev.kallsyms.harness.CellResult;
import dev.kallsyms.harness.PassRecord;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The table printed after a run: one row per cell. */
public final class SummaryTable {
    private static final String[] HEADER = {"VERDICT", "KERNEL", "PACKAGE", "TOOLCHAIN", "DEFCONFIG", "PASSES",
        "EQUAL", "LINKS", "KERNEL CHECK", "READ-BACK", "BOOT", "TIME", "DIRECTORY"};

    private SummaryTable() {
    }

    public static String render(List<CellResult> results, Path output) {
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADER);
        for (CellResult r : results) {
            long equal = r.passes().stream().filter(PassRecord::byteEqual).count();
            rows.add(new String[] {
                r.verdict().name(),
                r.cell().kernel(),
                r.kernel() != null ? r.kernel().packageVersion() : "-",
                r.cell().toolchain(),
                r.cell().defconfig() + (r.cell().fragments().isEmpty() && r.cell().makeVars().isEmpty() ? "" : "+"),
                Integer.toString(r.passes().size()),
                equal + "/" + r.passes().size(),
                r.stage() != null ? Integer.toString(r.stage().linkPasses()) : "-",
                r.stage() != null ? r.stage().kernelVerdict().name() : "-",
                readback(r),
                boot(r),
                TerminalProgress.clock(r.totalMs() * 1_000_000L),
                output.relativize(output.resolve(r.cell().id())).toString()});
        }
        int[] widths = new int[HEADER.length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        StringBuilder s = new StringBuilder();
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                s.append(i == row.length - 1 ? row[i] : String.format("%-" + (widths[i] + 2) + "s", row[i]));
            }
            s.append('\n');
        }
        long failed = results.stream().filter(r -> !r.verdict().passed()).count();
        s.append(results.size() - failed).append(" of ").append(results.size()).append(" cell(s) PASS\n");
        for (CellResult r : results) {
            for (String reason : r.reasons()) {
                s.append("  ").append(r.cell().id()).append(": ").append(reason).append('\n');
            }
        }
        return s.toString();
    }

    /** The boot check's outcome, and /proc/kallsyms entries equal to System.map: "PASSED 22436/22436". */
    private static String boot(CellResult r) {
        if (r.boot() == null) {
            return "-";
        }
        return r.boot().outcome() + " " + r.boot().entriesEqual() + "/" + r.boot().entriesCompared();
    }

    /** Entries compared out of expected, and the decode time: "8812/8812 41ms". */
    private static String readback(CellResult r) {
        if (r.readback() == null) {
            return "-";
        }
        if (r.readback().error() != null) {
            return "FAILED";
        }
        return r.readback().entriesCompared() + "/" + r.readback().entriesExpected() + " "
                + Math.round(r.readback().decodeMs()) + "ms";
    }
}
