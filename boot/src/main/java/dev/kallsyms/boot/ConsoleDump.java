package dev.kallsyms.boot;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The serial console as it arrives, line by line, and the /proc/kallsyms dump the initramfs prints between
 * its two markers. Lines come from the container's output thread and are read by the waiting thread.
 */
public final class ConsoleDump {
    public static final String BEGIN = "----- kallsyms-trust: /proc/kallsyms begins -----";
    public static final String END = "----- kallsyms-trust: /proc/kallsyms ends -----";

    private final List<String> lines = new ArrayList<>();
    private int beginAt = -1;
    private int endAt = -1;
    private long endNanos;

    public synchronized void accept(String line) {
        // a marker is matched at the line's end: the shell's echo may follow a stray prompt or message
        if (beginAt < 0 && line.endsWith(BEGIN)) {
            beginAt = lines.size();
        } else if (beginAt >= 0 && endAt < 0 && line.endsWith(END)) {
            endAt = lines.size();
            endNanos = System.nanoTime();
        }
        lines.add(line);
    }

    public synchronized boolean complete() {
        return endAt >= 0;
    }

    /** {@link System#nanoTime()} when the end marker arrived; meaningful once {@link #complete()}. */
    public synchronized long endNanos() {
        return endNanos;
    }

    public synchronized boolean started() {
        return beginAt >= 0;
    }

    public synchronized int lineCount() {
        return lines.size();
    }

    /** The dump's lines, once both markers were seen. */
    public synchronized Optional<List<String>> dump() {
        return complete() ? Optional.of(List.copyOf(lines.subList(beginAt + 1, endAt))) : Optional.empty();
    }

    /** The last few lines, to say how a boot ended when it did not reach the end marker. */
    public synchronized List<String> tail(int count) {
        return new ArrayList<>(lines.subList(Math.max(0, lines.size() - count), lines.size()));
    }
}
