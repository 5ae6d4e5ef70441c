package dev.kallsyms.generator;

/**
 * The switches of the C program. Each generation accepts only some of them: --absolute-percpu
 * (5.10 to 6.12), --base-relative (5.10, 6.1), --lto-clang (6.1), --pc-relative (7.2).
 */
public record KallsymsOptions(boolean allSymbols, boolean absolutePercpu, boolean baseRelative,
        boolean ltoClang, boolean pcRelative) {

    public static final KallsymsOptions NONE = new KallsymsOptions(false, false, false, false, false);

    /** From the long option names given on a command line ("all-symbols", ...). */
    public static KallsymsOptions fromNames(java.util.Collection<String> names) {
        return new KallsymsOptions(names.contains("all-symbols"), names.contains("absolute-percpu"),
                names.contains("base-relative"), names.contains("lto-clang"), names.contains("pc-relative"));
    }
}
