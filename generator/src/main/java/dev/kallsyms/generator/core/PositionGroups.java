package dev.kallsyms.generator.core;

/** Text positions grouped by a small key, ascending within each group. */
final class PositionGroups {
    /** The positions, group after group. */
    final int[] positions;
    /** Where each group begins in {@link #positions}; the entry after the last key ends the last group. */
    final int[] groupStart;

    PositionGroups(int[] positions, int[] groupStart) {
        this.positions = positions;
        this.groupStart = groupStart;
    }
}
