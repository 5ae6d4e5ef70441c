package dev.kallsyms.containers.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kallsyms.containers.Labels;
import dev.kallsyms.containers.engine.ProcessTable.Presence;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StalePolicyTest {
    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private static final Instant LIVE_START = NOW.minus(Duration.ofMinutes(10));
    private static final long LIVE_TICKS = 123_456;
    private static final String BOOT = "boot-1";

    /** pid 100 runs, started at LIVE_TICKS (LIVE_START by the clock); pid 200 cannot be read; others are gone. */
    private static final ProcessTable TABLE = new ProcessTable() {
        @Override
        public Presence presence(long pid, long startTicks) {
            if (pid == 200) {
                return Presence.UNKNOWN;
            }
            return pid == 100 && startTicks == LIVE_TICKS ? Presence.ALIVE : Presence.GONE;
        }

        @Override
        public Presence presence(long pid, Instant started) {
            if (pid == 200) {
                return Presence.UNKNOWN;
            }
            return pid == 100 && started.equals(LIVE_START) ? Presence.ALIVE : Presence.GONE;
        }

        @Override
        public String bootId() {
            return BOOT;
        }
    };

    private final StalePolicy policy = new StalePolicy("hostA", "run-1", TABLE);

    @Test
    void containersOfThisRunAreNeverStale() {
        assertFalse(policy.isStale(labels("run-1", "hostA", "999", LIVE_TICKS), NOW.minus(Duration.ofDays(9)), NOW));
    }

    @Test
    void aLiveRunOnThisHostKeepsItsContainers() {
        assertFalse(policy.isStale(labels("run-2", "hostA", "100", LIVE_TICKS), NOW, NOW));
    }

    @Test
    void aLiveRunKeepsItsContainersWhateverTheClockSaysOfItsStart() {
        Map<String, String> live = labels("run-2", "hostA", "100", LIVE_TICKS);
        live.put(Labels.PROCESS_START, Long.toString(LIVE_START.minus(Duration.ofHours(5)).toEpochMilli()));
        assertFalse(policy.isStale(live, NOW, NOW), "the clock was set after the run started: ticks decide");
    }

    @Test
    void aDeadRunOnThisHostLeavesStaleContainers() {
        assertTrue(policy.isStale(labels("run-2", "hostA", "101", LIVE_TICKS), NOW, NOW));
    }

    @Test
    void aRecycledPidDoesNotKeepAnOldRunAlive() {
        assertTrue(policy.isStale(labels("run-0", "hostA", "100", LIVE_TICKS - 5_000), NOW, NOW));
    }

    @Test
    void aRunOfAnEarlierBootIsOver() {
        Map<String, String> before = labels("run-0", "hostA", "100", LIVE_TICKS);
        before.put(Labels.BOOT_ID, "boot-0");
        assertTrue(policy.isStale(before, NOW, NOW));
    }

    @Test
    void anOwnerThatCannotBeCheckedIsLeftAlone() {
        assertFalse(policy.isStale(labels("run-2", "hostA", "200", LIVE_TICKS), NOW.minus(Duration.ofDays(3)), NOW));
    }

    @Test
    void labelsWithoutTicksFallBackToTheClock() {
        Map<String, String> old = labels("run-2", "hostA", "100", LIVE_TICKS);
        old.remove(Labels.PROCESS_TICKS);
        old.remove(Labels.BOOT_ID);
        assertFalse(policy.isStale(old, NOW, NOW));
        old.put(Labels.PROCESS_START, Long.toString(LIVE_START.minus(Duration.ofHours(3)).toEpochMilli()));
        assertTrue(policy.isStale(old, NOW, NOW));
        old.put(Labels.PID, "200");
        assertFalse(policy.isStale(old, NOW, NOW), "unknown start: kept");
    }

    @Test
    void otherHostsContainersAreLeftAloneUntilOld() {
        Map<String, String> foreign = labels("run-3", "hostB", "101", LIVE_TICKS);
        assertFalse(policy.isStale(foreign, NOW.minus(Duration.ofHours(2)), NOW));
        assertTrue(policy.isStale(foreign, NOW.minus(Duration.ofHours(25)), NOW));
    }

    @Test
    void containersWithoutOurOwnerLabelAreNeverTouched() {
        Map<String, String> other = labels("run-2", "hostA", "101", LIVE_TICKS);
        other.put(Labels.OWNER, "someone-else");
        assertFalse(policy.isStale(other, NOW.minus(Duration.ofDays(30)), NOW));
        assertFalse(policy.isStale(Map.of(), NOW.minus(Duration.ofDays(30)), NOW));
    }

    @Test
    void missingPidLabelsFallBackToAge() {
        Map<String, String> partial = labels("run-2", "hostA", "x", LIVE_TICKS);
        assertFalse(policy.isStale(partial, NOW.minus(Duration.ofHours(1)), NOW));
        assertTrue(policy.isStale(partial, NOW.minus(Duration.ofDays(2)), NOW));
    }

    @Test
    void thisRunsLabelsCarryEverythingThePolicyReads() {
        Map<String, String> mine = Labels.forThisRun();
        assertTrue(mine.keySet().containsAll(List.of(Labels.OWNER, Labels.RUN, Labels.HOST, Labels.PID,
                Labels.PROCESS_START, Labels.PROCESS_TICKS, Labels.BOOT_ID)));
        StalePolicy real = new StalePolicy(mine.get(Labels.HOST), "another-run", new LinuxProcessTable());
        assertFalse(real.isStale(mine, NOW, NOW), "this JVM is alive, so its containers are not stale");
        Map<String, String> recycled = new HashMap<>(mine);
        recycled.put(Labels.PROCESS_TICKS, Long.toString(Long.parseLong(mine.get(Labels.PROCESS_TICKS)) + 1));
        assertTrue(real.isStale(recycled, NOW, NOW), "same pid, another start: not this JVM");
    }

    @Test
    void startTicksAreReadBehindACommandNameWithSpacesAndParentheses() {
        String stat = "4242 (a b) (c)) S 1 4242 4242 0 -1 4194560 1 0 0 0 0 0 0 0 20 0 1 0 987654 1000 50";
        assertEquals(987_654L, LinuxProcessTable.startTicks(stat));
    }

    @Test
    void theRealTableSeesThisJvmAndNotADeadPid() {
        LinuxProcessTable proc = new LinuxProcessTable();
        long ticks = proc.ownStartTicks().orElseThrow();
        long pid = ProcessHandle.current().pid();
        assertEquals(Presence.ALIVE, proc.presence(pid, ticks));
        assertEquals(Presence.GONE, proc.presence(pid, ticks + 1));
        assertEquals(Presence.GONE, proc.presence(Integer.MAX_VALUE - 1L, ticks));
    }

    private static Map<String, String> labels(String run, String host, String pid, long ticks) {
        Map<String, String> m = new HashMap<>();
        m.put(Labels.OWNER, Labels.OWNER_VALUE);
        m.put(Labels.RUN, run);
        m.put(Labels.HOST, host);
        m.put(Labels.PID, pid);
        m.put(Labels.PROCESS_START, Long.toString(LIVE_START.toEpochMilli()));
        m.put(Labels.PROCESS_TICKS, Long.toString(ticks));
        m.put(Labels.BOOT_ID, BOOT);
        return m;
    }
}
