package dev.kallsyms.debian;

import java.io.IOException;

/** The archive could not be reached or answered wrongly: an infrastructure failure, not a test result. */
public class DebianUnavailableException extends IOException {
    public DebianUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public DebianUnavailableException(String message) {
        super(message);
    }
}
