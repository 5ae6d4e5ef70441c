package dev.kallsyms.harness.cli;

import dev.kallsyms.cli.Inputs;
import dev.kallsyms.harness.summary.RunReport;
import dev.kallsyms.harness.summary.RunSummary;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Writes (again) the report of a results root: summary.json and a self-contained index.html "
                + "(the matrix as a grid, a sweep as a chart, a repeat's failure rate) with one page per cell under "
                + "cells/. matrix, sweep, repeat and sweep-merge write it at the end of every run.",
                "Exit 0 when written, 2 (USAGE) when DIR is missing or holds no results."})
public final class ReportCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "A results root (of matrix, sweep, repeat or sweep-merge).")
    Path dir;

    @Override
    public Integer call() {
        Inputs.existingDirectory("results directory", dir);
        RunSummary s = RunReport.write(dir);
        System.out.println("report: " + dir.toAbsolutePath().normalize().resolve(RunReport.INDEX) + " ("
                + s.cells().size() + " cell(s))");
        return 0;
    }

    /** The end of a run: the report is a view of the results, so a failure to write it costs the run nothing. */
    static void writeAfterRun(Path root, PrintStream out) {
        try {
            RunReport.write(root);
            out.println("report: " + root.toAbsolutePath().normalize().resolve(RunReport.INDEX));
        } catch (RuntimeException e) {
            System.err.println("harness: report not written: " + e.getMessage());
        }
    }
}
