package dev.kallsyms.harness.build;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

/** A cell's build.log: every command, every output line, and the harness's notes ("## ..."). */
public final class BuildLog implements AutoCloseable {
    private static final int SUMMARY_LINES = 12;
    private final BufferedWriter out;
    private final Consumer<String> echo;
    private final List<String> lines = Collections.synchronizedList(new ArrayList<>());
    private IOException writeFailure;

    public BuildLog(Path file, Consumer<String> echo) {
        try {
            Files.createDirectories(file.getParent());
            this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.echo = echo;
    }

    public synchronized void line(String line) {
        lines.add(line);
        write(line);
        echo.accept(line);
    }

    public void command(List<String> argv) {
        note(Instant.now() + " $ " + String.join(" ", argv.stream().map(BuildLog::quote).toList()));
    }

    public synchronized void note(String note) {
        write("## " + note);
    }

    /** Output lines since the log was opened (this attempt's). */
    public List<String> lines() {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    /** The lines that say why make failed: error lines if there are any, else the last few lines. */
    public String errorSummary() {
        List<String> all = lines().stream().filter(BuildLog::saysSomething).toList();
        List<String> errors = all.stream()
                .filter(l -> l.contains("error") || l.contains("Error") || l.contains("***")).toList();
        List<String> chosen = errors.isEmpty() ? all : errors;
        return String.join("\n", chosen.subList(Math.max(0, chosen.size() - SUMMARY_LINES), chosen.size()));
    }

    /** Kconfig frames its messages in lines of asterisks; a summary that starts with one says nothing. */
    private static boolean saysSomething(String line) {
        return !line.replace('*', ' ').isBlank();
    }

    /**
     * Lines come from the engine's stream thread, where an exception would only print a stack trace: a file
     * that cannot be written (a full disk) is remembered, the lines are still kept in memory, and the cell
     * asks {@link #writeFailure()} after each command.
     */
    private void write(String text) {
        if (writeFailure != null) {
            return;
        }
        try {
            out.write(text);
            out.newLine();
            // flushed per line: people tail build.log of a running cell
            out.flush();
        } catch (IOException e) {
            writeFailure = e;
        }
    }

    /** Why build.log stopped being written, or null. */
    public synchronized IOException writeFailure() {
        return writeFailure;
    }

    @Override
    public synchronized void close() {
        try {
            out.close();
        } catch (IOException e) {
            if (writeFailure == null) {
                throw new UncheckedIOException(e);
            }
            // already known and reported; closing only repeats it
        }
    }

    /** A harness error's stack trace, appended to a cell's log; a log that cannot be written is left alone. */
    public static void appendTrace(Path file, Throwable failure) {
        java.io.StringWriter trace = new java.io.StringWriter();
        failure.printStackTrace(new java.io.PrintWriter(trace));
        try {
            Files.writeString(file, "## harness error:\n" + trace, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException | RuntimeException e) {
            // the cell's verdict still carries the exception's message
        }
    }

    static String quote(String arg) {
        return arg.matches("[A-Za-z0-9_./:=,+@%-]+") ? arg : "'" + arg.replace("'", "'\\''") + "'";
    }
}
