package dev.kallsyms.generator.core;

/**
 * Text positions grouped by pair code, ascending within each group, as {@link DeltaCodes}: a group is
 * the first half's list followed by the second half's, each starting from zero.
 */
final class PositionGroups {
    /** Per pair code: the group's codes, or null when the pair never occurs (or was used up). */
    final byte[][] codes;
    /** Per pair code: where the second half's list begins in its codes. */
    final int[] secondHalf;

    PositionGroups(byte[][] codes, int[] secondHalf) {
        this.codes = codes;
        this.secondHalf = secondHalf;
    }
}
