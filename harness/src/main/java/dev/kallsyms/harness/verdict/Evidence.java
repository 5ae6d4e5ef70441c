package dev.kallsyms.harness.verdict;

import dev.kallsyms.boot.BootResult;
import dev.kallsyms.harness.PassRecord;
import dev.kallsyms.harness.ReadbackReport;
import dev.kallsyms.harness.StageReport;
import java.util.List;

/**
 * What a cell's build left behind, as the verdict rules need it.
 *
 * @param stop           why the attempt stopped early (the machinery, or the harness itself), or null
 * @param built          make built the final kernel image (exit 0)
 * @param interposed     the wrapper was installed (a cell without CONFIG_KALLSYMS never gets one)
 * @param passes         the wrapper's records
 * @param stage          the ELF analysis, or null if the link never ran
 * @param buildError     the last lines make printed when it failed, or null
 * @param configProblems fragment lines the final .config lost, and similar
 * @param readback       the final ELF's tables read back, or null when not (yet) done
 * @param boot           the boot check, or null when not done (not PASS so far, or no qemu machine for it)
 * @param timedOut       which make call ran past --timeout and was stopped, or null
 */
public record Evidence(Stop stop, boolean built, boolean interposed, List<PassRecord> passes,
                       StageReport stage, String buildError, List<String> configProblems, ReadbackReport readback,
                       BootResult boot, String timedOut) {
    public Evidence {
        passes = List.copyOf(passes);
        configProblems = List.copyOf(configProblems);
    }

    public Evidence(boolean built, boolean interposed, List<PassRecord> passes, StageReport stage,
                    String buildError, List<String> configProblems) {
        this(null, built, interposed, passes, stage, buildError, configProblems, null, null, null);
    }

    /** An attempt that stopped before anything could be judged. */
    public static Evidence stopped(Stop stop) {
        return new Evidence(stop, false, false, List.of(), null, null, List.of(), null, null, null);
    }

    public Evidence withReadback(ReadbackReport report) {
        return new Evidence(stop, built, interposed, passes, stage, buildError, configProblems, report, boot,
                timedOut);
    }

    public Evidence withBoot(BootResult result) {
        return new Evidence(stop, built, interposed, passes, stage, buildError, configProblems, readback, result,
                timedOut);
    }

    public Evidence withTimedOut(String what) {
        return new Evidence(stop, built, interposed, passes, stage, buildError, configProblems, readback, boot, what);
    }
}
