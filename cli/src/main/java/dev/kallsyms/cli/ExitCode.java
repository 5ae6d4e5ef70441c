package dev.kallsyms.cli;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The one table of exit statuses of every command (bin/harness, bin/boot-check), each meaning one thing. The
 * README's "Exit status" section is rendered from it ({@link #markdownTable}) and the Jenkinsfile branches on
 * these numbers. Verdict names that are also names here (GENERATOR_MISMATCH, STAGE_INCONSISTENT, INFRA,
 * HARNESS_ERROR) exit with their own status; the other failing verdicts share {@link #FAILED}.
 */
public enum ExitCode {
    OK(0, 0, "Done, and every cell or point checked is PASS (UNCHECKED, a build with --no-interpose, counts)."),
    FAILED(1, 2, "A check failed with no status of its own below: BUILD_FAILED, TIMED_OUT (a make past "
            + "--timeout), READBACK_MISMATCH, BOOT_FAILED, "
            + "a boot check that did not pass, the gate found no cells, a sweep point missing from the merge, "
            + "minimise could not make the point fail."),
    USAGE(2, 5, "Bad command line or input, refused before any work: an unknown option or value, a missing or "
            + "malformed file. The one-line message names the known values or where it looked."),
    GENERATOR_MISMATCH(3, 6, "In some pass the Java generator's output or exit status differed from scripts/kallsyms."),
    STAGE_INCONSISTENT(4, 3, "The generator agreed with C, but the link's passes disagree (\"Inconsistent kallsyms "
            + "data\"); diagnose: a link did not converge."),
    INFRA(5, 1, "The machinery failed (container engine, Debian mirror, memory, disk): says nothing about "
            + "the generator; worth a retry. Also before any work when the disk of the results or of KALLSYMS_CACHE "
            + "has under 2 GB free, and bin/kallsyms's failed write or exhausted heap."),
    HARNESS_ERROR(6, 4, "A bug in the harness itself (an unexpected exception; a cell's HARNESS_ERROR verdict): "
            + "report it, do not retry."),
    // never met together with a cell's status: a run whose pins cannot be met builds no cell
    UNAVAILABLE(7, 7, "A pin of reproduce.sh can no longer be met (the exact kernel source version is offered "
            + "by no Debian suite and not cached, the toolchain image has other package versions, the generator "
            + "jar is another): nothing was built, rather than something else.");

    private final int code;
    /** When several apply (cells of one matrix), the highest weight is reported: what a person must act on. */
    private final int weight;
    private final String meaning;

    ExitCode(int code, int weight, String meaning) {
        this.code = code;
        this.weight = weight;
        this.meaning = meaning;
    }

    public int code() {
        return code;
    }

    public String meaning() {
        return meaning;
    }

    /**
     * The status of one verdict, by name: PASS and UNCHECKED are {@link #OK}, a verdict named like a status
     * has that status, any other verdict is {@link #FAILED}.
     */
    public static ExitCode ofVerdict(String verdict) {
        if (verdict.equals("PASS") || verdict.equals("UNCHECKED")) {
            return OK;
        }
        return Arrays.stream(values()).filter(c -> c.name().equals(verdict)).findFirst().orElse(FAILED);
    }

    /** The status of a set of verdicts: the weightiest of theirs ({@link #OK} for none). */
    public static ExitCode ofVerdicts(Collection<String> verdicts) {
        return worst(verdicts.stream().map(ExitCode::ofVerdict).toList());
    }

    /** GENERATOR_MISMATCH over USAGE over HARNESS_ERROR over STAGE_INCONSISTENT over FAILED over INFRA over OK. */
    public static ExitCode worst(Collection<ExitCode> codes) {
        return codes.stream().max(Comparator.comparingInt(c -> c.weight)).orElse(OK);
    }

    public static Optional<ExitCode> ofCode(int code) {
        return Arrays.stream(values()).filter(c -> c.code == code).findFirst();
    }

    /** The README's table. */
    public static String markdownTable() {
        StringBuilder table = new StringBuilder("| status | name | meaning |\n|---|---|---|\n");
        for (ExitCode c : List.of(values())) {
            table.append("| ").append(c.code).append(" | ").append(c.name()).append(" | ").append(c.meaning)
                    .append(" |\n");
        }
        return table.toString();
    }
}
