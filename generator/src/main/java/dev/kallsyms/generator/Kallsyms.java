package dev.kallsyms.generator;

import dev.kallsyms.generator.dialect.Dialect;
import dev.kallsyms.generator.dialect.Dialects;
import dev.kallsyms.generator.dialect.Invocation;
import dev.kallsyms.generator.dialect.KallsymsProgram;
import dev.kallsyms.generator.dialect.MapLoader;
import dev.kallsyms.generator.dialect.MapSource;
import dev.kallsyms.generator.libc.CExit;
import dev.kallsyms.generator.libc.COut;
import dev.kallsyms.generator.libc.WriteFailed;
import dev.kallsyms.generator.select.GenerationException;
import dev.kallsyms.generator.select.GenerationLocator;
import dev.kallsyms.generator.select.OwnArguments;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Entry points: a whole command-line invocation, or a generation run on map bytes. */
public final class Kallsyms {
    /** Exit status for problems of this tool itself (the C program never exits with it). */
    public static final int EXIT_TOOL_ERROR = 2;
    /**
     * Exit status when the machine failed the run: writing stdout or stderr failed (a full disk, a closed
     * descriptor) or the heap ran out. The project's one table calls 5 INFRA, and so does this program.
     */
    public static final int EXIT_MACHINE = 5;
    /** Exit status when the reader of stdout or stderr had gone: what a shell shows for a SIGPIPE death. */
    public static final int EXIT_BROKEN_PIPE = 141;
    /** Environment variable naming argv[0] for getopt's messages (the C prints its own argv[0]). */
    public static final String ARGV0_ENV = "KALLSYMS_ARGV0";

    private static final int STDOUT_BUFFER = 1 << 16;

    private Kallsyms() {
    }

    /**
     * Runs like the C program of the selected generation: same arguments (plus our
     * --kernel-version), same bytes on stdout and stderr, same exit status.
     */
    public static int execute(List<String> args, Map<String, String> env, Path workDir, InputStream stdin,
            OutputStream stdout, OutputStream stderr) {
        COut out = new COut(stdout, STDOUT_BUFFER);
        COut err = new COut(stderr, 4096);
        int status;
        try {
            status = run(args, env, workDir, stdin, out, err);
            out.flush();
        } catch (WriteFailed e) {
            return writeFailed(e, out, err);
        }
        try {
            err.flush();
            return status;
        } catch (WriteFailed e) {
            return writeFailed(e, out, err);
        }
    }

    private static int run(List<String> args, Map<String, String> env, Path workDir, InputStream stdin,
            COut out, COut err) {
        try {
            OwnArguments own = OwnArguments.split(args);
            Generation generation = GenerationLocator.locate(own.kernelVersion(), env, workDir);
            Dialect dialect = Dialects.of(generation);
            Invocation invocation = dialect.parseCommandLine(env.getOrDefault(ARGV0_ENV, "kallsyms"),
                    own.cArguments(), env, err);
            MapSource map = MapLoader.open(dialect, invocation, workDir, stdin, env, err);
            new KallsymsProgram(dialect, invocation.options()).run(map, out, err);
            return 0;
        } catch (CExit e) {
            return e.status();
        } catch (GenerationException e) {
            err.print("kallsyms: ").text(e.getMessage()).print("\n");
            return EXIT_TOOL_ERROR;
        } catch (OutOfMemoryError e) {
            err.print("kallsyms: out of memory (the heap limit is -Xmx in bin/kallsyms)\n");
            return EXIT_MACHINE;
        }
    }

    /**
     * A failed write: one line on stderr naming it (when stderr still works), then the status of a SIGPIPE
     * death for a pipe whose reader went away, else {@link #EXIT_MACHINE}. What stdout had buffered
     * is dropped; the C would have left a truncated file and exited 0.
     */
    private static int writeFailed(WriteFailed e, COut out, COut err) {
        int status = e.brokenPipe() ? EXIT_BROKEN_PIPE : EXIT_MACHINE;
        try {
            err.print("kallsyms: cannot write ").print(e.stream() == out ? "standard output" : "standard error")
                    .print(": ").print(e.reason()).print("\n").flush();
        } catch (WriteFailed again) {
            // stderr is what failed, or fails too: the status is all that is left to tell it
        }
        return status;
    }

    /** Runs one generation on map bytes already in memory, with the given switches. */
    public static KallsymsResult generate(Generation generation, KallsymsOptions options, byte[] map) {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream(map.length * 2);
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        COut out = new COut(stdout, STDOUT_BUFFER);
        COut err = new COut(stderr, 4096);
        int status = 0;
        try {
            new KallsymsProgram(Dialects.of(generation), options)
                    .run(new MapSource(null, new ByteArrayInputStream(map), map.length, () -> { }), out, err);
        } catch (CExit e) {
            status = e.status();
        } finally {
            out.flush();
            err.flush();
        }
        return new KallsymsResult(status, stdout.toByteArray(), stderr.toByteArray());
    }
}
