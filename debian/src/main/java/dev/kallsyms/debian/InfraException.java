package dev.kallsyms.debian;

/**
 * The machinery failed, not the thing under test: no Docker engine, a mirror mid-sync, a container killed
 * from outside or out of memory. The harness reports such a cell as INFRA rather than as a verdict.
 */
public class InfraException extends RuntimeException {
    public InfraException(String message) {
        super(message);
    }

    public InfraException(String message, Throwable cause) {
        super(message, cause);
    }
}
