package dev.kallsyms.containers.engine;

import dev.kallsyms.containers.Labels;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * Decides whether a labelled container belongs to a run that is over. Other runs may share the engine at
 * the same time (parallel sessions, CI jobs), so "ours but not this run" is not enough to remove it.
 */
public final class StalePolicy {
    /** Containers of another host cannot be checked for a live owner; past this age they count as left over. */
    static final Duration FOREIGN_MAX_AGE = Duration.ofHours(24);
    /** The JVM notes its start a little after the OS started the process. */
    static final Duration START_TOLERANCE = Duration.ofSeconds(30);

    private final String thisHost;
    private final String thisRun;
    private final LongFunction<Optional<Instant>> processStartOfPid;

    public StalePolicy(String thisHost, String thisRun, LongFunction<Optional<Instant>> processStartOfPid) {
        this.thisHost = thisHost;
        this.thisRun = thisRun;
        this.processStartOfPid = processStartOfPid;
    }

    /** Looks the pid up in this machine's process table. */
    public static LongFunction<Optional<Instant>> liveProcesses() {
        return pid -> ProcessHandle.of(pid).flatMap(p -> p.info().startInstant());
    }

    public boolean isStale(Map<String, String> labels, Instant created, Instant now) {
        if (!Labels.OWNER_VALUE.equals(labels.get(Labels.OWNER))) {
            return false;
        }
        if (thisRun.equals(labels.get(Labels.RUN))) {
            return false;
        }
        Optional<Long> pid = number(labels.get(Labels.PID));
        Optional<Long> started = number(labels.get(Labels.PROCESS_START));
        if (!thisHost.equals(labels.get(Labels.HOST)) || pid.isEmpty() || started.isEmpty()) {
            return Duration.between(created, now).compareTo(FOREIGN_MAX_AGE) > 0;
        }
        return !ownerAlive(pid.get(), Instant.ofEpochMilli(started.get()));
    }

    private boolean ownerAlive(long pid, Instant labelledStart) {
        return processStartOfPid.apply(pid)
                .map(actual -> Duration.between(actual, labelledStart).abs().compareTo(START_TOLERANCE) <= 0)
                .orElse(false);
    }

    private static Optional<Long> number(String text) {
        try {
            return text == null ? Optional.empty() : Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
