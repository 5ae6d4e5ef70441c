package dev.kallsyms.harness;

/**
 * A deliberate fault the kallsyms wrapper applies in one call, so that tests can prove each check can fail.
 * Only code (tests) can ask for one; the command line cannot.
 *
 * @param kind the fault
 * @param call the wrapper call (0-based, in link order) it applies to
 */
public record TestFault(Kind kind, int call) {
    public enum Kind {
        /** One byte of the Java generator's output changes: a wrong generator. */
        CORRUPT_JAVA("corrupt-java"),
        /** One extra symbol in the map both programs read: a link whose passes see different symbols. */
        EXTRA_SYMBOL("extra-symbol");

        private final String wrapperName;

        Kind(String wrapperName) {
            this.wrapperName = wrapperName;
        }
    }

    /** The value of the wrapper's KALLSYMS_HARNESS_TEST_FAULT. */
    public String wrapperValue() {
        return kind.wrapperName + ":" + call;
    }
}
