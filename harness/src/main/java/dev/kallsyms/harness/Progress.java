package dev.kallsyms.harness;

/** Receives a cell's phases and build output as they happen (the terminal display, tests). */
public interface Progress {
    Progress SILENT = new Progress() {
    };

    default void phase(Cell cell, String phase) {
    }

    default void line(Cell cell, String line) {
    }

    default void finished(CellResult result) {
    }
}
