package dev.kallsyms.harness.diagnosis;

import java.util.List;

/**
 * A few sentences for people, and the class of the first link in the chain for tools.
 *
 * @param cause     {@link Cause} of the first link
 * @param origin    "pass 1 -> pass 2": the first two ELFs where it shows, or null when there is nothing
 * @param firstLink the sentence that names the first link
 * @param sentences firstLink, then the consequences in order
 */
public record Explanation(Cause cause, String origin, String firstLink, List<String> sentences) {
    public Explanation {
        sentences = List.copyOf(sentences);
    }

    public enum Cause {
        /** a symbol changed type because an empty section it sits in aligned with a different neighbour */
        EMPTY_SECTION,
        /** a symbol changed type for another reason */
        TYPE_CHANGE,
        /** veneers, thunks, stubs or branch islands appeared or vanished */
        LINKER_MADE_SYMBOLS,
        /** other symbols appeared or vanished */
        SYMBOLS_ADDED_REMOVED,
        /** symbols changed place relative to their neighbours */
        REORDERING,
        /** a section other than the tables' grew or shrank, with no change of names */
        SECTION_GROWTH,
        /** the tables changed size with no change in the ELF's symbols (their input map differed) */
        TABLE_INPUT,
        /** every ELF agrees with the one before (after the tables first appear) */
        NONE
    }
}
