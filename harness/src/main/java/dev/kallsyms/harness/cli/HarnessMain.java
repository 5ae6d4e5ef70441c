package dev.kallsyms.harness.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** bin/harness: builds real ARM kernels with the Java kallsyms generator interposed in every pass. */
@Command(name = "harness", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
        description = {"Builds ARM kernels in containers with the Java kallsyms generator in place of "
                + "scripts/kallsyms, compares it byte for byte with the tree's own C program in every pass, "
                + "and checks that the link's passes agree with each other.",
                "Exit status: 0 when every cell is PASS, 1 when any is not, 2 on a usage error."},
        subcommands = {RunCommand.class, MatrixCommand.class, CaptureFixturesCommand.class,
                DiagnoseCommand.class, GateCommand.class, AxesCommand.class, SweepCommand.class,
                SweepMergeCommand.class, RepeatCommand.class, MinimiseCommand.class, ReadbackCommand.class,
                CommandLine.HelpCommand.class})
public final class HarnessMain {
    public static void main(String[] args) {
        // the libraries' INFO lines would drown the progress display; --verbose keeps them
        if (!java.util.Arrays.asList(args).contains("--verbose")) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        return new CommandLine(new HarnessMain()).setExecutionExceptionHandler((e, cmd, parsed) -> {
            // bad input (unknown kernel, defconfig, fragment file): a message, not a stack trace
            if (e instanceof IllegalArgumentException) {
                cmd.getErr().println("harness: " + e.getMessage());
                return 2;
            }
            throw e;
        });
    }
}
