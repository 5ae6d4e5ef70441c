package dev.kallsyms.generator.dialect;

/**
 * The parts of the source a dialect writes on a second thread while the tokens are learned (either may be
 * null): the address table (5.10, 6.1) or the offsets table (6.12, 7.2), and the names-order table; and
 * whether they read the names as read (which are otherwise let go once the table has its own copy); the
 * names' comments of 6.12 and later.
 */
public record EarlyParts(BackgroundText addresses, BackgroundText seqsOfNames, boolean readInputNames,
        NameComments comments) {
    public static final EarlyParts NONE = new EarlyParts(null, null, false, null);

    EarlyParts(BackgroundText addresses, BackgroundText seqsOfNames, boolean readInputNames) {
        this(addresses, seqsOfNames, readInputNames, null);
    }
}
