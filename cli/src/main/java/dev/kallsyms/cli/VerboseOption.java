package dev.kallsyms.cli;

import picocli.CommandLine.Option;

/** {@code --verbose} for commands that have no other use for it: the {@link Launcher} then prints stack traces. */
public final class VerboseOption {
    @Option(names = Launcher.VERBOSE, description = "On an error, print its stack trace too.")
    boolean verbose;
}
