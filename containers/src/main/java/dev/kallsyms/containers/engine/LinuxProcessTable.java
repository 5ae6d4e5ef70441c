package dev.kallsyms.containers.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The process table of /proc. A start time in clock ticks since boot (field 22 of /proc/PID/stat) is
 * compared as it is: unlike a wall-clock instant it does not move when the machine's clock is set, so a
 * live owner can never look like a recycled pid.
 */
public final class LinuxProcessTable implements ProcessTable {
    /** The JVM notes its start a little after the OS started the process. */
    static final Duration START_TOLERANCE = Duration.ofSeconds(30);

    private final Path proc;

    public LinuxProcessTable() {
        this(Path.of("/proc"));
    }

    LinuxProcessTable(Path proc) {
        this.proc = proc;
    }

    @Override
    public Presence presence(long pid, long startTicks) {
        try {
            return startTicks(Files.readString(proc.resolve(pid + "/stat"), StandardCharsets.ISO_8859_1)) == startTicks
                    ? Presence.ALIVE : Presence.GONE;
        } catch (NoSuchFileException e) {
            return Presence.GONE;
        } catch (IOException | RuntimeException e) {
            return Presence.UNKNOWN;
        }
    }

    @Override
    public Presence presence(long pid, Instant started) {
        Optional<ProcessHandle> handle = ProcessHandle.of(pid);
        if (handle.isEmpty()) {
            return Presence.GONE;
        }
        return handle.get().info().startInstant()
                .map(actual -> Duration.between(actual, started).abs().compareTo(START_TOLERANCE) <= 0
                        ? Presence.ALIVE : Presence.GONE)
                .orElse(Presence.UNKNOWN);
    }

    @Override
    public String bootId() {
        try {
            return Files.readString(proc.resolve("sys/kernel/random/boot_id"), StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            return null;
        }
    }

    /** This JVM's start in clock ticks since boot, if /proc shows it. */
    public Optional<Long> ownStartTicks() {
        try {
            return Optional.of(startTicks(Files.readString(proc.resolve("self/stat"), StandardCharsets.ISO_8859_1)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Field 22 of a stat line; the command name (field 2) may hold spaces and parentheses, so count from its end. */
    static long startTicks(String stat) {
        String[] after = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
        return Long.parseLong(after[19]);
    }
}
