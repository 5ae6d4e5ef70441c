package dev.kallsyms.bench;

import dev.kallsyms.debian.host.HostTool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a command under GNU time for its peak RSS and CPU time (user + system), timing the wall clock ourselves (time's %e has only
 * 10 ms resolution). Both programs pay the same wrapper cost, so the ratio stays fair.
 */
final class TimedRun {
    record Outcome(double wallSeconds, double cpuSeconds, long peakRssKb, Path stdout, int exitCode) {
        /** Same bytes on stdout (compared on disk: a 2M-symbol table is over 100 MB). */
        boolean sameOutput(Outcome other) throws IOException {
            return Files.mismatch(stdout, other.stdout) == -1;
        }
    }

    /** GNU time, for the CPU times and the peak RSS of each run. */
    static final HostTool TIME = new HostTool("time", "time");

    private TimedRun() {
    }

    /** Runs {@code command} with its stdout in {@code scratch/<name>.out}. */
    static Outcome run(String name, List<String> command, Path scratch) throws IOException, InterruptedException {
        Path rss = scratch.resolve("rss");
        Path out = scratch.resolve(name + ".out");
        List<String> wrapped = new ArrayList<>(List.of("/usr/bin/time", "-f", "%U %S %M", "-o", rss.toString()));
        wrapped.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(wrapped)
                .redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        long start = System.nanoTime();
        int exit = builder.start().waitFor();
        double wall = (System.nanoTime() - start) / 1e9;
        // the last line: time writes "Command exited with non-zero status" lines before it
        String text = Files.readString(rss).strip();
        String[] f = text.substring(text.lastIndexOf('\n') + 1).strip().split(" ");
        double cpu = Double.parseDouble(f[0]) + Double.parseDouble(f[1]);
        return new Outcome(wall, cpu, Long.parseLong(f[2]), out, exit);
    }
}
