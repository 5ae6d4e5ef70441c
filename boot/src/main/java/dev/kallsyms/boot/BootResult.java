package dev.kallsyms.boot;

/**
 * How a boot check ended, in a form a report can write as JSON (strings, numbers, booleans only).
 *
 * @param outcome           see {@link Outcome}
 * @param booted            user space ran and printed the whole dump
 * @param entriesCompared   kernel entries looked up in System.map
 * @param entriesEqual      of those, equal in address, type and name
 * @param tableSize         kallsyms_num_syms of the linked vmlinux (-1 when unknown)
 * @param mapOnly           System.map lines the kernel did not show (data symbols and the like: counted)
 * @param fromUnnamed       kernel entries explained by unnamed System.map lines (see {@link SymbolComparison})
 * @param firstDifference   null when the kernel and System.map agree
 * @param makeMillis        the zImage/dtbs build
 * @param bootAndDumpMillis qemu's start to the end of the dump (or to the end of a failed run)
 * @param consoleLog        the serial console log, kept in every case
 * @param detail            why a check did not pass, in a sentence; null when it passed
 */
public record BootResult(String defconfig, String machine, Outcome outcome, boolean booted, int entriesCompared,
                         int entriesEqual, long tableSize, int mapOnly, int fromUnnamed, String firstDifference, long makeMillis,
                         long bootAndDumpMillis, String consoleLog, String detail) {

    public enum Outcome {
        /** Booted, and every entry the kernel showed is in System.map; as many as the table holds. */
        PASSED,
        /** Booted, and the kernel's view differs from System.map. */
        MISMATCH,
        /** Did not reach the end of the dump (panic, hang, time-out): the console log says why. */
        NO_BOOT,
        /** The configuration lacks what this way of booting needs, or zImage/dtbs did not build. */
        NOT_BOOTABLE;
    }

    public boolean passed() {
        return outcome == Outcome.PASSED;
    }
}
