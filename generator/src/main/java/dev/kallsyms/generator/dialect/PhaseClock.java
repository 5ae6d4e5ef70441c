package dev.kallsyms.generator.dialect;

/**
 * Optional timing of the program's phases, for tuning: with -Dkallsyms.phases=true each phase's
 * CPU milliseconds (this thread) go to the JVM's stderr (never on by default: stderr must match the C).
 */
final class PhaseClock {
    private static final PhaseClock OFF = new PhaseClock(false);

    private final boolean on;
    private long last;

    private PhaseClock(boolean on) {
        this.on = on;
        this.last = on ? cpuNanos() : 0;
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
            System.err.printf("kallsyms phase %-7s %6.1f ms%n", phase, (now - last) / 1e6);
            last = now;
        }
    }
}
