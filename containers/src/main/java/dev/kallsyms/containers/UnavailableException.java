package dev.kallsyms.containers;

/**
 * A pinned input is no longer to be had: the exact kernel source version a cell was built from is offered by
 * no suite any more (and is not cached), or a toolchain image now installs other package versions. Building
 * with something else would answer another question, so nothing is built.
 */
public class UnavailableException extends RuntimeException {
    public UnavailableException(String message) {
        super(message);
    }
}
