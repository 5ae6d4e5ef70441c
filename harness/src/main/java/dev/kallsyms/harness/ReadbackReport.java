package dev.kallsyms.harness;

import java.util.List;

/**
 * The read-back of a PASS cell: the kallsyms tables decoded out of the final ELF and compared, entry by entry,
 * with what the last pass's map says they hold (see readback's {@code Readback.check}).
 *
 * @param elf             the final ELF, relative to the output tree
 * @param expectedFrom    the map the expectation was made from, relative to the cell directory
 * @param generation      the table format read
 * @param encoding        the address encoding, from the last pass's command line
 * @param entriesExpected entries the map says the tables hold
 * @param entriesDecoded  entries decoded from the tables
 * @param entriesCompared entries compared and equal (up to the first mismatch)
 * @param firstMismatch   the first differing entry (expected and decoded), null when none
 * @param defects         broken table invariants (markers, token index, name order, ...), empty when none
 * @param decodeMs        opening the ELF and decoding
 * @param compareMs       the comparison
 * @param error           why the read-back could not run (unreadable ELF, no map), null when it ran
 */
public record ReadbackReport(String elf, String expectedFrom, String generation, String encoding,
                             int entriesExpected, int entriesDecoded, int entriesCompared, String firstMismatch,
                             List<String> defects, double decodeMs, double compareMs, String error) {
    public ReadbackReport {
        defects = defects == null ? List.of() : List.copyOf(defects);
    }

    public boolean ok() {
        return error == null && firstMismatch == null && defects.isEmpty();
    }

    /** One line for verdict reasons and the terminal. */
    public String summary() {
        if (error != null) {
            return "read-back failed: " + error;
        }
        String head = entriesCompared + "/" + entriesExpected + " entries of " + elf + " equal to " + expectedFrom;
        if (firstMismatch != null) {
            return head + "; first difference at " + firstMismatch;
        }
        if (!defects.isEmpty()) {
            return head + "; " + defects.size() + " table defect(s), first: " + defects.get(0);
        }
        return head;
    }
}
