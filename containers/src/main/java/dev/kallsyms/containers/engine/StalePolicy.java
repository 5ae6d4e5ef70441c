package dev.kallsyms.containers.engine;

import dev.kallsyms.containers.Labels;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Decides whether a labelled container belongs to a run that is over. Other runs may share the engine at
 * the same time (parallel sessions, CI jobs), so "ours but not this run" is not enough to remove it.
 */
public final class StalePolicy {
    /** Containers of another host cannot be checked for a live owner; past this age they count as left over. */
    static final Duration FOREIGN_MAX_AGE = Duration.ofHours(24);

    private final String thisHost;
    private final String thisRun;
    private final ProcessTable processes;

    public StalePolicy(String thisHost, String thisRun, ProcessTable processes) {
        this.thisHost = thisHost;
        this.thisRun = thisRun;
        this.processes = processes;
    }

    /**
     * Stale only when the owner is known to be gone: removing a live run's container breaks that run,
     * leaving a dead run's container costs only disk until a later run sees it gone.
     */
    public boolean isStale(Map<String, String> labels, Instant created, Instant now) {
        if (!Labels.OWNER_VALUE.equals(labels.get(Labels.OWNER))) {
            return false;
        }
        if (thisRun.equals(labels.get(Labels.RUN))) {
            return false;
        }
        Optional<Long> pid = number(labels.get(Labels.PID));
        if (!thisHost.equals(labels.get(Labels.HOST)) || pid.isEmpty()) {
            return olderThanForeignLimit(created, now);
        }
        Optional<Long> ticks = number(labels.get(Labels.PROCESS_TICKS));
        String boot = labels.get(Labels.BOOT_ID);
        String thisBoot = processes.bootId();
        if (ticks.isPresent() && boot != null && thisBoot != null) {
            return !boot.equals(thisBoot) || processes.presence(pid.get(), ticks.get()) == ProcessTable.Presence.GONE;
        }
        Optional<Long> started = number(labels.get(Labels.PROCESS_START));
        if (started.isPresent()) {
            return processes.presence(pid.get(), Instant.ofEpochMilli(started.get())) == ProcessTable.Presence.GONE;
        }
        return olderThanForeignLimit(created, now);
    }

    private static boolean olderThanForeignLimit(Instant created, Instant now) {
        return Duration.between(created, now).compareTo(FOREIGN_MAX_AGE) > 0;
    }

    private static Optional<Long> number(String text) {
        try {
            return text == null ? Optional.empty() : Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
