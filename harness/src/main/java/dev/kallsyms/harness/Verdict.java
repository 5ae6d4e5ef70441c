package dev.kallsyms.harness;

/**
 * How a cell ended. Order matters: when several apply, the first one in this list is reported
 * ({@link #worst}), because each can cause the ones after it (a generator mismatch can make the link
 * inconsistent; an engine failure makes everything else meaningless).
 */
public enum Verdict {
    /**
     * The harness itself failed (an exception nobody expected): a bug to report, not retried, since another
     * attempt would meet the same bug; whatever else was found is not to be trusted.
     */
    HARNESS_ERROR,
    /**
     * The machinery failed (engine gone, container killed or out of memory, mirror, a full disk); says nothing
     * about the generator. Retried once.
     */
    INFRA,
    /** In some pass the Java generator's output or exit status differed from the C program's. */
    GENERATOR_MISMATCH,
    /**
     * A make call ran past --timeout and was stopped: the build is unfinished, which is neither the machine's
     * fault nor a known failure (a hung generator would end here too). Not retried: it would take as long.
     */
    TIMED_OUT,
    /** Every pass agreed, but the link's passes disagree with each other ("Inconsistent kallsyms data"). */
    STAGE_INCONSISTENT,
    /**
     * Built, byte-equal and consistent, but the tables decoded out of the final ELF are not what the last pass's
     * map says they hold (or break one of the format's invariants).
     */
    READBACK_MISMATCH,
    /**
     * Passed everything else, but the kernel booted under qemu (defconfigs of boot/'s boot-targets.tsv) did not
     * boot to the end of its /proc/kallsyms dump, or showed entries System.map does not have.
     */
    BOOT_FAILED,
    /** The build failed for a reason that is not ours (a compile error, a bad configuration). */
    BUILD_FAILED,
    /**
     * Built as asked with the tree's own scripts/kallsyms only (--no-interpose, a plain link for timing):
     * nothing was compared or checked, which is not a failure of anything.
     */
    UNCHECKED,
    /** Built, every pass byte-equal, stages consistent, tables read back as expected. */
    PASS;

    /** Only the machinery's failures are worth a second attempt. */
    public boolean retried() {
        return this == INFRA;
    }

    public static Verdict worst(Verdict a, Verdict b) {
        return a.ordinal() <= b.ordinal() ? a : b;
    }

    /** Only this verdict says the generator and the link were checked and found right. */
    public boolean passed() {
        return this == PASS;
    }

    /** Something went wrong: the cell keeps a bundle and makes the exit status 1. */
    public boolean failed() {
        return this != PASS && this != UNCHECKED;
    }
}
