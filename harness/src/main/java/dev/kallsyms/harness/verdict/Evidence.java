package dev.kallsyms.harness.verdict;

import dev.kallsyms.boot.BootResult;
import dev.kallsyms.harness.PassRecord;
import dev.kallsyms.harness.ReadbackReport;
import dev.kallsyms.harness.StageReport;
import java.util.List;

/**
 * What a cell's build left behind, as the verdict rules need it.
 *
 * @param infraFailure   why the machinery failed, or null
 * @param built          make built the final kernel image (exit 0)
 * @param interposed     the wrapper was installed (a cell without CONFIG_KALLSYMS never gets one)
 * @param passes         the wrapper's records
 * @param stage          the ELF analysis, or null if the link never ran
 * @param buildError     the last lines make printed when it failed, or null
 * @param configProblems fragment lines the final .config lost, and similar
 * @param readback       the final ELF's tables read back, or null when not (yet) done
 * @param boot           the boot check, or null when not done (not PASS so far, or no qemu machine for it)
 */
public record Evidence(String infraFailure, boolean built, boolean interposed, List<PassRecord> passes,
                       StageReport stage, String buildError, List<String> configProblems, ReadbackReport readback,
                       BootResult boot) {
    public Evidence {
        passes = List.copyOf(passes);
        configProblems = List.copyOf(configProblems);
    }

    public Evidence(String infraFailure, boolean built, boolean interposed, List<PassRecord> passes,
                    StageReport stage, String buildError, List<String> configProblems) {
        this(infraFailure, built, interposed, passes, stage, buildError, configProblems, null, null);
    }

    public Evidence withReadback(ReadbackReport report) {
        return new Evidence(infraFailure, built, interposed, passes, stage, buildError, configProblems, report, boot);
    }

    public Evidence withBoot(BootResult result) {
        return new Evidence(infraFailure, built, interposed, passes, stage, buildError, configProblems, readback,
                result);
    }
}
