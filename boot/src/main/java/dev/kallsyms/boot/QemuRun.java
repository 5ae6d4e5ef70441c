package dev.kallsyms.boot;

import dev.kallsyms.containers.BuildContainer;
import dev.kallsyms.containers.ExecResult;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * One qemu run in a container: its serial output goes to the console log and to a {@link ConsoleDump} as it
 * comes, and the run is over when the dump's end marker arrives, qemu exits (panic, power-off) or the time
 * limit passes. qemu still running after the dump is stopped through its pid file.
 */
final class QemuRun {
    /** How long qemu may take to go after the end marker or a kill. */
    private static final Duration WIND_DOWN = Duration.ofSeconds(30);
    private static final Duration POLL = Duration.ofMillis(100);

    /**
     * @param console    receives the serial lines
     * @param elapsed    from qemu's start to the end marker (or to the end of the run when it never came)
     * @param exitCode   qemu's exit status as the container reported it; -1 when it had to be abandoned
     * @param timedOut   true when the time limit ended the run before the end marker
     */
    record Outcome(ConsoleDump console, Duration elapsed, int exitCode, boolean timedOut) {
        boolean dumped() {
            return console.complete();
        }
    }

    private QemuRun() {
    }

    static Outcome run(BuildContainer container, List<String> argv, Duration limit, Path consoleLog)
            throws IOException {
        ConsoleDump console = new ConsoleDump();
        ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "qemu-run");
            t.setDaemon(true);
            return t;
        });
        try (BufferedWriter log = Files.newBufferedWriter(consoleLog, StandardCharsets.UTF_8)) {
            long start = System.nanoTime();
            CompletableFuture<ExecResult> qemu = CompletableFuture.supplyAsync(
                    () -> container.exec(argv, limit, line -> record(line, console, log)), executor);
            boolean timedOut = !awaitEndOrExit(console, qemu, limit.plus(Duration.ofSeconds(5)));
            long end = console.complete() ? console.endNanos() : System.nanoTime();
            if (!qemu.isDone()) {
                stop(container);
            }
            int exit = exitCode(qemu);
            return new Outcome(console, Duration.ofNanos(end - start), exit, timedOut && !console.complete());
        } finally {
            executor.shutdownNow();
        }
    }

    private static void record(String line, ConsoleDump console, BufferedWriter log) {
        console.accept(line);
        try {
            log.write(line);
            log.newLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return false when the limit passed with neither the end marker nor qemu's exit */
    private static boolean awaitEndOrExit(ConsoleDump console, CompletableFuture<ExecResult> qemu, Duration limit) {
        try {
            Awaitility.await("the end marker on the serial console, or qemu's exit")
                    .atMost(limit).pollInterval(POLL).pollDelay(Duration.ZERO)
                    .until(() -> console.complete() || qemu.isDone());
            return true;
        } catch (ConditionTimeoutException e) {
            return false;
        }
    }

    private static void stop(BuildContainer container) {
        container.exec(List.of("sh", "-c", "[ -f " + QemuCommand.PID_FILE + " ] && kill $(cat "
                + QemuCommand.PID_FILE + ") || true"), WIND_DOWN, line -> { });
    }

    private static int exitCode(CompletableFuture<ExecResult> qemu) throws IOException {
        try {
            return qemu.get(WIND_DOWN.toSeconds() * 2, TimeUnit.SECONDS).exitCode();
        } catch (TimeoutException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for qemu to end", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IOException("qemu's run failed: " + e.getCause(), e.getCause());
        }
    }
}
