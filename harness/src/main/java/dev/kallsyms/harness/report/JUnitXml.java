package dev.kallsyms.harness.report;

import dev.kallsyms.harness.Cell;
import dev.kallsyms.harness.CellResult;
import dev.kallsyms.harness.PassRecord;
import dev.kallsyms.harness.StageReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * junit.xml for one cell, in the format CI servers read (Ant's JUnit report): one test suite per cell, one
 * test case for the build, one per kallsyms pass (byte equality), one for stage consistency and one for the
 * read-back of the final ELF's tables (when it ran). INFRA and HARNESS_ERROR are errors (the test could not
 * run), every other non-PASS finding a failure; the build case's is typed with the verdict.
 */
public final class JUnitXml {
    public static final String FILE = "junit.xml";

    private JUnitXml() {
    }

    public static void write(CellResult result, Path cellDir) {
        try {
            Files.writeString(cellDir.resolve(FILE), render(result));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String render(CellResult r) {
        String suite = suiteName(r.cell());
        List<String> cases = new ArrayList<>();
        cases.add(buildCase(r, suite));
        for (PassRecord p : r.passes()) {
            String name = "pass " + p.pass() + " byte-equal";
            String failure = p.byteEqual() ? null : "Java output differs from C output from byte " + p.firstDifference()
                    + " (exit C " + p.c().exitCode() + ", Java " + p.java().exitCode() + ")";
            cases.add(testCase(suite, name, p.java().durationMs() / 1000, failure, null));
        }
        if (r.stage() != null) {
            cases.add(testCase(suite, "stage consistency", r.stage().elfReadMs() / 1000, stageFailure(r.stage()),
                    null));
        }
        if (r.readback() != null) {
            cases.add(testCase(suite, "read-back", r.readback().decodeMs() / 1000,
                    r.readback().ok() ? null : r.readback().summary(), null));
        }
        long failures = cases.stream().filter(c -> c.contains("<failure")).count();
        long errors = cases.stream().filter(c -> c.contains("<error")).count();
        long skipped = cases.stream().filter(c -> c.contains("<skipped")).count();
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<testsuite name=\"" + Markup.attr(suite) + "\" tests=\"" + cases.size()
                + "\" failures=\"" + failures
                + "\" errors=\"" + errors + "\" skipped=\"" + skipped + "\" time=\"" + seconds(r.totalMs() / 1000.0)
                + "\" timestamp=\"" + Markup.attr(r.startedAt()) + "\">\n"
                + "  <properties>\n"
                + property("verdict", r.verdict().name())
                + property("kernel", r.cell().kernel())
                + property("package", r.kernel() != null ? r.kernel().packageVersion() : "")
                + property("toolchain", r.cell().toolchain())
                + property("defconfig", r.cell().defconfig())
                + "  </properties>\n"
                + String.join("", cases)
                + "</testsuite>\n";
    }

    /**
     * "kallsyms.linux-6_1.gcc-12_tinyconfig_1a2b3c4d": Jenkins takes what stands before a class name's last dot as
     * its package, so the dots of a kernel version ("6.1") would make package "kallsyms.6" of both 6.1 and 6.12.
     * The package is the kernel, the class the rest of the cell id, neither with a dot of its own.
     */
    public static String suiteName(Cell cell) {
        String rest = cell.id().substring(cell.id().indexOf('_') + 1);
        return "kallsyms.linux-" + cell.kernel().replace('.', '_') + "." + rest.replace('.', '_');
    }

    /**
     * The build case carries the cell's outcome when nothing after it could be judged: a fault of the
     * machinery (INFRA) or of the harness (HARNESS_ERROR) is an error, a build that failed or ran out of time a
     * failure, each typed with the verdict.
     */
    private static String buildCase(CellResult r, String suite) {
        String reasons = String.join("\n", r.reasons());
        double seconds = r.totalMs() / 1000.0;
        return switch (r.verdict()) {
            case INFRA, HARNESS_ERROR -> testCase(suite, "build", seconds, null, reasons, null, r.verdict().name());
            case BUILD_FAILED, TIMED_OUT -> testCase(suite, "build", seconds, reasons, null, null,
                    r.verdict().name());
            case UNCHECKED -> testCase(suite, "build", seconds, null, null, reasons, null);
            default -> testCase(suite, "build", seconds, null, null);
        };
    }

    private static String stageFailure(StageReport s) {
        if (s.kernelVerdict() == StageReport.KernelVerdict.INCONSISTENT) {
            return s.kernelMessage();
        }
        if (!s.finalMatchesLastPass()) {
            return "final ELF differs from the last pass: " + String.join("; ", s.lastPassToFinal().examples());
        }
        return null;
    }

    private static String testCase(String suite, String name, double seconds, String failure, String error) {
        return testCase(suite, name, seconds, failure, error, null, null);
    }

    private static String testCase(String suite, String name, double seconds, String failure, String error,
                                   String skipped, String type) {
        String typed = type == null ? "" : "\" type=\"" + Markup.attr(type);
        StringBuilder s = new StringBuilder("  <testcase classname=\"" + Markup.attr(suite) + "\" name=\""
                + Markup.attr(name)
                + "\" time=\"" + seconds(seconds) + "\"");
        if (failure == null && error == null && skipped == null) {
            return s.append("/>\n").toString();
        }
        s.append(">\n");
        if (skipped != null) {
            s.append("    <skipped message=\"").append(Markup.attr(firstLine(skipped))).append("\"/>\n");
        }
        if (failure != null) {
            s.append("    <failure message=\"").append(Markup.attr(firstLine(failure))).append(typed).append("\">")
                    .append(Markup.text(failure)).append("</failure>\n");
        }
        if (error != null) {
            s.append("    <error message=\"").append(Markup.attr(firstLine(error))).append(typed).append("\">")
                    .append(Markup.text(error)).append("</error>\n");
        }
        return s.append("  </testcase>\n").toString();
    }

    private static String property(String name, String value) {
        return "    <property name=\"" + Markup.attr(name) + "\" value=\"" + Markup.attr(value) + "\"/>\n";
    }

    private static String firstLine(String s) {
        return s.lines().findFirst().orElse("");
    }

    private static String seconds(double s) {
        return String.format(Locale.ROOT, "%.3f", s);
    }
}
