package dev.kallsyms.readback;

/**
 * The first entry where the tables disagree with the expected list. One side is null when the lists have
 * different lengths and agree up to the shorter one.
 */
public record ReadbackMismatch(int index, ExpectedSymbol expected, DecodedSymbol actual) {

    public String describe() {
        return "entry " + index + ": expected " + (expected == null ? "<none>" : expected)
                + ", tables hold " + (actual == null ? "<none>" : actual);
    }
}
