package dev.kallsyms.harness.verdict;

import dev.kallsyms.debian.InfraException;
import dev.kallsyms.harness.Verdict;
import java.io.IOException;

/**
 * Why an attempt at a cell stopped before its evidence was complete: the machinery (INFRA) or the harness
 * itself (HARNESS_ERROR). The one place that tells the two apart.
 *
 * @param verdict INFRA or HARNESS_ERROR
 * @param reason  one line
 */
public record Stop(Verdict verdict, String reason) {
    private static final String DISK_FULL = "No space left on device";

    public Stop {
        if (verdict != Verdict.INFRA && verdict != Verdict.HARNESS_ERROR) {
            throw new IllegalArgumentException("an attempt stops for INFRA or HARNESS_ERROR, not " + verdict);
        }
    }

    public static Stop infra(String reason) {
        return new Stop(Verdict.INFRA, "INFRA: " + reason);
    }

    /**
     * The machinery's own exception and a full disk are INFRA; any other exception is a bug of the harness
     * (its stack trace belongs in the cell's log).
     */
    public static Stop of(Throwable failure) {
        // a full disk first: it also reaches us wrapped in the engine's exceptions (a log line that could not be
        // written while a command ran)
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof IOException && String.valueOf(t.getMessage()).contains(DISK_FULL)) {
                return infra("the disk is full: " + t.getMessage());
            }
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof InfraException) {
                return infra(t.getMessage());
            }
            // the engine's client wraps a refused or broken connection in a bare RuntimeException
            if (t instanceof java.net.ConnectException || t instanceof java.net.SocketException) {
                return infra("the container engine does not answer: " + t.getMessage());
            }
        }
        return new Stop(Verdict.HARNESS_ERROR, "HARNESS_ERROR: " + failure);
    }

    /** Lines a tool printed when it could not write: the disk of the build tree or the results root is full. */
    public static boolean diskFull(String logLine) {
        return logLine.contains(DISK_FULL);
    }
}
