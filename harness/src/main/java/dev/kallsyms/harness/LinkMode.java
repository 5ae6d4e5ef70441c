package dev.kallsyms.harness;

/** How a cell's link gets the Java generator. */
public enum LinkMode {
    /**
     * The harness's wrapper is scripts/kallsyms: it runs the tree's C program and the Java generator on the
     * same map, records both and hands the Java output to the build.
     */
    INTERPOSED,
    /**
     * The README's recipe: scripts/kallsyms is a symlink to bin/kallsyms, which the link script calls with its
     * own pipes, arguments and environment; the passes are recorded afterwards from the tree's own files.
     */
    DROP_IN,
    /** The tree's own C scripts/kallsyms only: nothing is compared (the verdict is UNCHECKED). */
    PLAIN;

    /** The word metadata.json and the reports use. */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
