package dev.kallsyms.generator.dialect;

/**
 * The parts of the source a dialect writes on a second thread while the tokens are learned (either may be
 * null): the address table of 5.10 and 6.1, and the names-order table of 6.1.
 */
public record EarlyParts(BackgroundText addresses, BackgroundText seqsOfNames) {
    public static final EarlyParts NONE = new EarlyParts(null, null);
}
