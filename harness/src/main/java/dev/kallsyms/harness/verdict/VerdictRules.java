package dev.kallsyms.harness.verdict;

import dev.kallsyms.harness.PassRecord;
import dev.kallsyms.harness.StageReport;
import dev.kallsyms.harness.StageReport.SymbolDiff;
import dev.kallsyms.harness.Verdict;
import java.util.ArrayList;
import java.util.List;

/** Turns a build's evidence into a verdict and the reasons for it (every finding, worst first). */
public final class VerdictRules {
    private VerdictRules() {
    }

    public record Decision(Verdict verdict, List<String> reasons) {
        public Decision {
            reasons = List.copyOf(reasons);
        }
    }

    public static Decision decide(Evidence e) {
        if (e.stop() != null) {
            return new Decision(e.stop().verdict(), List.of(e.stop().reason()));
        }
        List<Finding> findings = new ArrayList<>();
        if (e.timedOut() != null) {
            findings.add(new Finding(Verdict.TIMED_OUT, e.timedOut()));
        }
        for (PassRecord p : e.passes()) {
            if (!p.byteEqual()) {
                findings.add(new Finding(Verdict.GENERATOR_MISMATCH, mismatch(p)));
            }
        }
        StageReport stage = e.stage();
        if (stage != null && stage.kernelVerdict() == StageReport.KernelVerdict.INCONSISTENT) {
            findings.add(new Finding(Verdict.STAGE_INCONSISTENT, "the kernel's own check failed: "
                    + stage.kernelMessage().lines().findFirst().orElse("")));
        }
        if (stage != null && !stage.finalMatchesLastPass()) {
            findings.add(new Finding(Verdict.STAGE_INCONSISTENT, "final ELF differs from the last pass's ELF: "
                    + summary(stage.lastPassToFinal())));
        }
        if (e.readback() != null && !e.readback().ok()) {
            findings.add(new Finding(Verdict.READBACK_MISMATCH, e.readback().summary()));
        }
        if (e.boot() != null && !e.boot().passed()) {
            findings.add(new Finding(Verdict.BOOT_FAILED, "boot check on " + e.boot().machine() + ": "
                    + e.boot().detail() + " (console log " + e.boot().consoleLog() + ")"));
        }
        if (!e.built() && findings.isEmpty()) {
            findings.add(new Finding(Verdict.BUILD_FAILED, "make failed"
                    + (e.buildError() != null ? ": " + e.buildError() : "")));
        }
        if (e.built() && !e.interposed()) {
            findings.add(new Finding(Verdict.UNCHECKED, "built with the tree's own scripts/kallsyms only "
                    + "(--no-interpose): nothing was compared"));
        }
        if (e.built() && e.interposed() && e.passes().isEmpty()) {
            findings.add(new Finding(Verdict.BUILD_FAILED, "no kallsyms pass ran, nothing was checked"
                    + (e.configProblems().isEmpty() ? "" : " (" + String.join("; ", e.configProblems()) + ")")));
        }
        if (findings.isEmpty()) {
            return new Decision(Verdict.PASS, List.of());
        }
        findings.sort((a, b) -> a.verdict().compareTo(b.verdict()));
        return new Decision(findings.get(0).verdict(), findings.stream().map(Finding::reason).toList());
    }

    static String mismatch(PassRecord p) {
        String where = "pass " + p.pass() + " (call " + p.invocation() + ")";
        if (p.c().exitCode() != p.java().exitCode()) {
            return where + ": exit status C " + p.c().exitCode() + ", Java " + p.java().exitCode();
        }
        return where + ": outputs differ from byte " + p.firstDifference() + " (C " + p.c().output().bytes()
                + " bytes, Java " + p.java().output().bytes() + " bytes)";
    }

    static String summary(SymbolDiff d) {
        return d.added() + " added, " + d.removed() + " removed, " + d.retyped() + " retyped, " + d.reordered()
                + " reordered, " + d.moved() + " moved";
    }

    private record Finding(Verdict verdict, String reason) {
    }
}
