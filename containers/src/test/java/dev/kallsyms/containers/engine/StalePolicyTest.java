package dev.kallsyms.containers.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kallsyms.containers.Labels;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StalePolicyTest {
    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private static final Instant LIVE_START = NOW.minus(Duration.ofMinutes(10));
    /** pid 100 is alive and started at LIVE_START; every other pid is gone. */
    private final StalePolicy policy = new StalePolicy("hostA", "run-1",
            pid -> pid == 100 ? Optional.of(LIVE_START) : Optional.empty());

    @Test
    void containersOfThisRunAreNeverStale() {
        assertFalse(policy.isStale(labels("run-1", "hostA", "999", LIVE_START), NOW.minus(Duration.ofDays(9)), NOW));
    }

    @Test
    void aLiveRunOnThisHostKeepsItsContainers() {
        assertFalse(policy.isStale(labels("run-2", "hostA", "100", LIVE_START.plusMillis(300)), NOW, NOW));
    }

    @Test
    void aDeadRunOnThisHostLeavesStaleContainers() {
        assertTrue(policy.isStale(labels("run-2", "hostA", "101", LIVE_START), NOW, NOW));
    }

    @Test
    void aRecycledPidDoesNotKeepAnOldRunAlive() {
        Instant oldStart = LIVE_START.minus(Duration.ofHours(3));
        assertTrue(policy.isStale(labels("run-0", "hostA", "100", oldStart), NOW, NOW));
    }

    @Test
    void otherHostsContainersAreLeftAloneUntilOld() {
        Map<String, String> foreign = labels("run-3", "hostB", "101", LIVE_START);
        assertFalse(policy.isStale(foreign, NOW.minus(Duration.ofHours(2)), NOW));
        assertTrue(policy.isStale(foreign, NOW.minus(Duration.ofHours(25)), NOW));
    }

    @Test
    void containersWithoutOurOwnerLabelAreNeverTouched() {
        Map<String, String> other = labels("run-2", "hostA", "101", LIVE_START);
        other.put(Labels.OWNER, "someone-else");
        assertFalse(policy.isStale(other, NOW.minus(Duration.ofDays(30)), NOW));
        assertFalse(policy.isStale(Map.of(), NOW.minus(Duration.ofDays(30)), NOW));
    }

    @Test
    void missingPidLabelsFallBackToAge() {
        Map<String, String> partial = labels("run-2", "hostA", "x", LIVE_START);
        assertFalse(policy.isStale(partial, NOW.minus(Duration.ofHours(1)), NOW));
        assertTrue(policy.isStale(partial, NOW.minus(Duration.ofDays(2)), NOW));
    }

    @Test
    void thisRunsLabelsCarryEverythingThePolicyReads() {
        Map<String, String> mine = Labels.forThisRun();
        assertTrue(mine.keySet().containsAll(java.util.List.of(Labels.OWNER, Labels.RUN, Labels.HOST, Labels.PID,
                Labels.PROCESS_START)));
        StalePolicy real = new StalePolicy(mine.get(Labels.HOST), "another-run", StalePolicy.liveProcesses());
        assertFalse(real.isStale(mine, NOW, NOW), "this JVM is alive, so its containers are not stale");
    }

    private static Map<String, String> labels(String run, String host, String pid, Instant start) {
        Map<String, String> m = new HashMap<>();
        m.put(Labels.OWNER, Labels.OWNER_VALUE);
        m.put(Labels.RUN, run);
        m.put(Labels.HOST, host);
        m.put(Labels.PID, pid);
        m.put(Labels.PROCESS_START, Long.toString(start.toEpochMilli()));
        return m;
    }
}
