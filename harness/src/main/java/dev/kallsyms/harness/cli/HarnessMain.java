package dev.kallsyms.harness.cli;

import dev.kallsyms.cli.ExitCode;
import dev.kallsyms.cli.Failures;
import dev.kallsyms.cli.Launcher;
import dev.kallsyms.containers.UnavailableException;
import dev.kallsyms.debian.InfraException;
import dev.kallsyms.readback.elf.ElfFormatException;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** bin/harness: builds real ARM kernels with the Java kallsyms generator interposed in every pass. */
@Command(name = "harness", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
        description = {"Builds ARM kernels in containers with the Java kallsyms generator in place of "
                + "scripts/kallsyms, compares it byte for byte with the tree's own C program in every pass, "
                + "and checks that the link's passes agree with each other.",
                "Every command refuses bad input before any work (exit 2) and ends an error with one line "
                        + "(--verbose: and its stack trace). The exit status is the same table for every command:"
                        + " the README's \"Exit status\"."},
        subcommands = {RunCommand.class, MatrixCommand.class, CaptureFixturesCommand.class,
                DiagnoseCommand.class, GateCommand.class, AxesCommand.class, SweepCommand.class,
                SweepMergeCommand.class, RepeatCommand.class, MinimiseCommand.class, ReadbackCommand.class,
                ReportCommand.class, RegressCommand.class,
                CommandLine.HelpCommand.class})
public final class HarnessMain {
    public static void main(String[] args) {
        // the libraries' INFO lines would drown the progress display; --verbose keeps them
        boolean verbose = java.util.Arrays.asList(args).contains(Launcher.VERBOSE);
        if (!verbose) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        // a library's background thread (the engine client's, a shutdown hook) that fails would print a stack
        // trace after the summary: one line instead, the trace with --verbose
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            System.err.println("harness: " + thread.getName() + ": " + Failures.describe(e));
            if (verbose) {
                e.printStackTrace();
            }
        });
        System.exit(commandLine().execute(args));
    }

    /** Every command, its failures caught once: a one-line message and a status of {@link ExitCode}. */
    public static CommandLine commandLine() {
        // an ELF that cannot be read here is one the user named (diagnose --elf, readback): inside cells it is a verdict
        return new Launcher().classify(InfraException.class, ExitCode.INFRA)
                .classify(UnavailableException.class, ExitCode.UNAVAILABLE)
                .classify(ElfFormatException.class, ExitCode.USAGE).commandLine(new HarnessMain());
    }
}
