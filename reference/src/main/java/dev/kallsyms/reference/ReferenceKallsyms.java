package dev.kallsyms.reference;

import dev.kallsyms.reference.internal.ReferenceBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The oracle: the kernel's own C kallsyms of one generation, compiled from Debian's linux-source package.
 * Every comparison in the project goes through this class.
 */
public final class ReferenceKallsyms {
    private static final Map<String, ReferenceKallsyms> LOADED = new ConcurrentHashMap<>();

    private final String generation;
    private final Provenance provenance;
    private final Path binary;

    private ReferenceKallsyms(String generation, Provenance provenance, Path binary) {
        this.generation = generation;
        this.provenance = provenance;
        this.binary = binary;
    }

    /** The C program of a generation ("5.10", "6.1", "6.12", "7.2"): built once, then taken from the cache. */
    public static ReferenceKallsyms forGeneration(String generation) {
        return LOADED.computeIfAbsent(generation, g -> {
            try {
                ReferenceBuilder.Built built = ReferenceBuilder.ensure(g);
                return new ReferenceKallsyms(g, built.provenance(), built.binary());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot provide the C kallsyms of " + g + ": " + e.getMessage(), e);
            }
        });
    }

    public String generation() {
        return generation;
    }

    /** The exact Debian package version the binary was compiled from. */
    public String packageVersion() {
        return provenance.packageVersion();
    }

    public Provenance provenance() {
        return provenance;
    }

    public Path binary() {
        return binary;
    }

    /** Runs the C program with exactly these arguments; {@code stdin} may be null (then empty input). */
    public Result run(List<String> args, Path stdin) {
        List<String> command = new ArrayList<>();
        command.add(binary.toString());
        command.addAll(args);
        try {
            return ProcessRunner.run(command, stdin);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs the C program once per job, all from one shell script (for many small inputs: starting a
     * process from the JVM costs more than the C needs); scratch files go to {@code dir}.
     */
    public List<Result> runAll(List<Job> jobs, Path dir) {
        return BatchRunner.run(binary, jobs, dir);
    }

    /** One run of {@link #runAll}: the C program's arguments and its standard input (null: /dev/null). */
    public record Job(List<String> args, Path stdin) {
    }

    /** What one run of a kallsyms program produced. */
    public record Result(int exitCode, byte[] stdout, byte[] stderr, Duration elapsed) {
    }
}
