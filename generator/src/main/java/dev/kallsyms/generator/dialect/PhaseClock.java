package dev.kallsyms.generator.dialect;

import java.util.ArrayList;
import java.util.List;

/**
 * Optional timing of the program's phases, for tuning: with -Dkallsyms.phases=true each phase's
 * CPU milliseconds (this thread) and wall milliseconds go to the JVM's stderr at the end of the run
 * (never on by default: stderr must match the C). Nothing is printed between phases, so the timing
 * does not load the formatting classes in the middle of what it measures.
 */
final class PhaseClock {
    private static final PhaseClock OFF = new PhaseClock(false);

    private final boolean on;
    private final List<String> names = new ArrayList<>();
    private final List<long[]> laps = new ArrayList<>();
    private long last;
    private long lastWall;

    private PhaseClock(boolean on) {
        this.on = on;
        this.last = on ? cpuNanos() : 0;
        this.lastWall = System.nanoTime();
    }

    static PhaseClock fromSystemProperty() {
        return Boolean.getBoolean("kallsyms.phases") ? new PhaseClock(true) : OFF;
    }

    private static long cpuNanos() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    void lap(String phase) {
        if (on) {
            long now = cpuNanos();
            long wall = System.nanoTime();
            names.add(phase);
            laps.add(new long[] {now - last, wall - lastWall});
            last = now;
            lastWall = wall;
        }
    }

    /** Prints the phases timed so far. */
    void report() {
        for (int i = 0; i < names.size(); i++) {
            System.err.printf("kallsyms phase %-7s %6.1f ms CPU %6.1f ms wall%n", names.get(i),
                    laps.get(i)[0] / 1e6, laps.get(i)[1] / 1e6);
        }
    }
}
