package dev.kallsyms.containers.engine;

import java.time.Instant;

/** What this machine's process table says about the process that owns a container. */
public interface ProcessTable {
    /** GONE only when the table shows the owner is not running; when the table cannot tell, UNKNOWN. */
    enum Presence { ALIVE, GONE, UNKNOWN }

    /** The process with this pid that started this many clock ticks after boot. */
    Presence presence(long pid, long startTicks);

    /** The process with this pid that started near this instant (labels written before ticks were). */
    Presence presence(long pid, Instant started);

    /** This boot of the machine (ticks count from it), or null if unknown. */
    String bootId();
}
