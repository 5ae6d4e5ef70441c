package dev.kallsyms.harness.summary;

import dev.kallsyms.cli.ExitCode;
import dev.kallsyms.harness.Cell;
import dev.kallsyms.harness.report.MetadataJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * A matrix run with two generators (or two scripts/kallsyms.c), cell by cell: every cell whose verdict, kernel
 * check, passes, kallsyms table sizes or Java output bytes differ. A cell regressed when its verdict changed to one that weighs more in the exit
 * table (PASS to STAGE_INCONSISTENT, STAGE_INCONSISTENT to GENERATOR_MISMATCH); a cell that ended INFRA in
 * either run was not compared. regress.json is this record.
 *
 * @param baseline   what the baseline generator was (a jar, or a revision and the jar built from it)
 * @param candidate  the same for the candidate
 * @param compared   cells present in both runs, neither INFRA
 * @param changes    cells with any difference, in the baseline's order
 * @param notCompared cells INFRA in either run, or present in one run only
 */
public record Regression(String baseline, String candidate, int compared, List<Change> changes,
                         List<String> notCompared) {
    public static final String FILE = "regress.json";

    public Regression {
        changes = List.copyOf(changes);
        notCompared = List.copyOf(notCompared);
    }

    /**
     * @param baselinePage  the cell's page in the baseline's report, relative to the regress root
     * @param differences   one line per difference
     */
    public record Change(String cell, String describe, String baselineVerdict, String candidateVerdict,
                         boolean regressed, List<String> differences, String baselinePage, String candidatePage) {
        public Change {
            differences = List.copyOf(differences);
        }
    }

    /** @param baseDir, candDir where the two runs' roots are, relative to the regress root */
    public static Regression compare(String baseline, RunSummary base, String baseDir, String candidate,
                                     RunSummary cand, String candDir) {
        return compare(baseline, base, baseDir, candidate, cand, candDir, Cell::id);
    }

    /**
     * @param identity what matches a baseline cell to a candidate cell: its id, or (when a side's cells carry a
     *                 patch the other's do not) the id it has without that patch
     */
    public static Regression compare(String baseline, RunSummary base, String baseDir, String candidate,
                                     RunSummary cand, String candDir, Function<Cell, String> identity) {
        Map<String, CellSummary> after = new LinkedHashMap<>();
        cand.cells().forEach(c -> after.put(identity.apply(c.cell()), c));
        List<Change> changes = new ArrayList<>();
        List<String> notCompared = new ArrayList<>();
        int compared = 0;
        for (CellSummary b : base.cells()) {
            CellSummary c = after.remove(identity.apply(b.cell()));
            if (c == null || "INFRA".equals(b.verdict()) || "INFRA".equals(c.verdict())) {
                notCompared.add(b.id() + (c == null ? ": not in the candidate's run" : ": INFRA ("
                        + b.verdict() + " -> " + c.verdict() + ")"));
                continue;
            }
            compared++;
            List<String> diffs = differences(b, c);
            if (!diffs.isEmpty()) {
                changes.add(new Change(b.id(), b.cell().describe(), b.verdict(), c.verdict(), regressed(b, c), diffs,
                        baseDir + "/" + b.page(), candDir + "/" + c.page()));
            }
        }
        after.values().forEach(c -> notCompared.add(c.id() + ": not in the baseline's run"));
        return new Regression(baseline, candidate, compared, changes, notCompared);
    }

    public boolean regressed() {
        return changes.stream().anyMatch(Change::regressed);
    }

    /**
     * The command's status: the weightiest status of the regressed cells' candidate verdicts; INFRA when nothing
     * regressed but some cell could not be compared; OK when nothing regressed.
     */
    public ExitCode exitCode() {
        if (regressed()) {
            return ExitCode.worst(changes.stream().filter(Change::regressed)
                    .map(c -> ExitCode.ofVerdict(c.candidateVerdict())).toList());
        }
        return notCompared.isEmpty() ? ExitCode.OK : ExitCode.INFRA;
    }

    static boolean regressed(CellSummary b, CellSummary c) {
        ExitCode before = ExitCode.ofVerdict(b.verdict());
        ExitCode after = ExitCode.ofVerdict(c.verdict());
        return !b.verdict().equals(c.verdict()) && after != before
                && ExitCode.worst(List.of(before, after)) == after;
    }

    static List<String> differences(CellSummary b, CellSummary c) {
        List<String> out = new ArrayList<>();
        if (!Objects.equals(b.packageVersion(), c.packageVersion())) {
            // the newest linux-source can change between the runs (a point release, a mirror mid-sync):
            // then the C program and the map differ too, and the cell compares more than the generators
            out.add("kernel source " + b.packageVersion() + " -> " + c.packageVersion()
                    + " (not the same tree: more than the generator changed)");
        }
        if (!b.verdict().equals(c.verdict())) {
            out.add("verdict " + b.verdict() + " -> " + c.verdict());
        }
        if (!Objects.equals(b.kernelCheck(), c.kernelCheck())) {
            // what a changed scripts/kallsyms.c (c-patch:) is judged by: the link script's own check
            out.add("kernel check " + b.kernelCheck() + " -> " + c.kernelCheck());
        }
        if (b.passes().size() != c.passes().size()) {
            out.add("kallsyms passes " + b.passes().size() + " -> " + c.passes().size());
        }
        for (int i = 0; i < Math.min(b.passes().size(), c.passes().size()); i++) {
            CellSummary.Pass x = b.passes().get(i);
            CellSummary.Pass y = c.passes().get(i);
            String pass = "pass " + y.pass() + ": ";
            if (x.byteEqual() != y.byteEqual()) {
                out.add(pass + "Java == C " + yesNo(x.byteEqual()) + " -> " + yesNo(y.byteEqual())
                        + (y.byteEqual() ? "" : " (from byte " + y.firstDifference() + ")"));
            }
            if (x.mapLines() != y.mapLines()) {
                out.add(pass + "input map " + x.mapLines() + " -> " + y.mapLines() + " lines");
            }
            if (x.javaBytes() != y.javaBytes()) {
                out.add(pass + "Java output " + x.javaBytes() + " -> " + y.javaBytes() + " bytes");
            } else if (!Objects.equals(x.javaSha256(), y.javaSha256())) {
                out.add(pass + "Java output differs at the same size (" + x.javaBytes() + " bytes)");
            }
        }
        TreeSet<String> tables = new TreeSet<>(b.tables().keySet());
        tables.addAll(c.tables().keySet());
        for (String t : tables) {
            Long x = b.tables().get(t);
            Long y = c.tables().get(t);
            if (!Objects.equals(x, y)) {
                out.add(t + " " + (x == null ? "-" : x) + " -> " + (y == null ? "-" : y) + " bytes");
            }
        }
        return out;
    }

    private static String yesNo(boolean b) {
        return b ? "yes" : "no";
    }

    /** Writes regress.json and the page (index.html) at the regress root. */
    public void write(Path root) {
        try {
            Files.writeString(root.resolve(FILE), MetadataJson.mapper().writeValueAsString(this) + "\n");
            Files.writeString(root.resolve(RunReport.INDEX), RegressionPage.render(this));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the regression report in " + root, e);
        }
    }

    /** One line per change, for the terminal. */
    public String render() {
        StringBuilder s = new StringBuilder(String.format("regress: %d cell(s) compared, %d differ, %d regressed, "
                + "%d not compared%n", compared, changes.size(), changes.stream().filter(Change::regressed).count(),
                notCompared.size()));
        for (Change c : changes) {
            s.append(c.regressed() ? "  REGRESSED " : "  changed   ").append(c.cell()).append(": ")
                    .append(String.join("; ", c.differences())).append('\n');
        }
        notCompared.forEach(n -> s.append("  not compared ").append(n).append('\n'));
        return s.toString();
    }
}
