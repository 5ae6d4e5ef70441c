package dev.kallsyms.harness.cli;

import dev.kallsyms.harness.Cell;
import dev.kallsyms.harness.CellResult;
import dev.kallsyms.harness.Progress;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Phase changes, a heartbeat every 30 s (phase, elapsed time, cells done/total), and each cell's verdict. */
final class TerminalProgress implements Progress, AutoCloseable {
    private final PrintStream out;
    private final int total;
    private final boolean verbose;
    private final AtomicInteger done = new AtomicInteger();
    private final Map<Cell, String> phase = new ConcurrentHashMap<>();
    private final Map<Cell, Long> phaseStart = new ConcurrentHashMap<>();
    private final long start = System.nanoTime();
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "harness-progress");
        t.setDaemon(true);
        return t;
    });

    TerminalProgress(PrintStream out, int total, boolean verbose) {
        this.out = out;
        this.total = total;
        this.verbose = verbose;
        ticker.scheduleAtFixedRate(this::heartbeat, 30, 30, TimeUnit.SECONDS);
    }

    @Override
    public void phase(Cell cell, String name) {
        phase.put(cell, name);
        phaseStart.put(cell, System.nanoTime());
        print(cell.describe() + ": " + name);
    }

    @Override
    public void line(Cell cell, String line) {
        if (verbose) {
            synchronized (out) {
                out.println("  | " + line);
            }
        }
    }

    @Override
    public void finished(CellResult r) {
        phase.remove(r.cell());
        done.incrementAndGet();
        print(r.cell().describe() + ": " + r.verdict()
                + (r.reasons().isEmpty() ? "" : " (" + r.reasons().get(0) + ")"));
    }

    private void heartbeat() {
        phase.forEach((cell, name) -> print(cell.describe() + ": " + name + " for "
                + clock(System.nanoTime() - phaseStart.getOrDefault(cell, start))));
    }

    private void print(String message) {
        synchronized (out) {
            out.printf("[%d/%d %s] %s%n", done.get(), total, clock(System.nanoTime() - start), message);
        }
    }

    static String clock(long nanos) {
        Duration d = Duration.ofNanos(nanos);
        return String.format("%d:%02d:%02d", d.toHours(), d.toMinutesPart(), d.toSecondsPart());
    }

    @Override
    public void close() {
        ticker.shutdownNow();
    }
}
