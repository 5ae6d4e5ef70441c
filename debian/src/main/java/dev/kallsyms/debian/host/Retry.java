package dev.kallsyms.debian.host;

import dev.kallsyms.debian.InfraException;
import java.io.IOException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Repeats network-bound steps (the Debian mirror is sometimes mid-sync); giving up is an INFRA failure. */
public final class Retry {
    private static final Logger LOG = LoggerFactory.getLogger(Retry.class);

    @FunctionalInterface
    public interface Step {
        void run() throws IOException;
    }

    private Retry() {
    }

    /** Runs step up to attempts times, doubling the pause after each failure. */
    public static void withBackoff(String what, int attempts, Duration firstPause, Step step) {
        Duration pause = firstPause;
        for (int attempt = 1; ; attempt++) {
            try {
                step.run();
                return;
            } catch (IOException e) {
                if (attempt >= attempts) {
                    throw new InfraException(what + " failed " + attempts + " times; last error: "
                            + e.getMessage(), e);
                }
                LOG.warn("{} failed (attempt {}/{}), retrying in {} s: {}", what, attempt, attempts,
                        pause.toSeconds(), firstLine(e.getMessage()));
                sleep(pause);
                pause = pause.multipliedBy(2);
            }
        }
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InfraException("interrupted while waiting to retry", e);
        }
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.lines().findFirst().orElse("");
    }
}
