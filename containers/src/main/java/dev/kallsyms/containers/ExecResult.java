package dev.kallsyms.containers;

import java.time.Duration;

/**
 * How a command run in a {@link BuildContainer} ended.
 *
 * @param exitCode the command's exit status (124 or 137 after a timeout)
 * @param timedOut true when the command was stopped because it ran past its time limit
 */
public record ExecResult(int exitCode, Duration elapsed, boolean timedOut) {
    public boolean succeeded() {
        return exitCode == 0 && !timedOut;
    }
}
