package dev.kallsyms.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The one place a command's failures are caught: every exception becomes a one-line message on standard error
 * and an {@link ExitCode}; {@code --verbose} adds the stack trace. Bad input (picocli's parse errors,
 * {@link IllegalArgumentException} and so {@link BadInputException}) is {@link ExitCode#USAGE}; I/O failures
 * and the types given to {@link #classify} are theirs; anything else is a bug, {@link ExitCode#HARNESS_ERROR}.
 */
public final class Launcher {
    public static final String VERBOSE = "--verbose";
    private final Map<Class<? extends Throwable>, ExitCode> kinds = new LinkedHashMap<>();

    /** Exceptions of this type (or causing the one thrown) end with this status, e.g. an engine failure INFRA. */
    public Launcher classify(Class<? extends Throwable> type, ExitCode code) {
        kinds.put(type, code);
        return this;
    }

    public CommandLine commandLine(Object command) {
        CommandLine line = new CommandLine(command);
        line.setParameterExceptionHandler(Launcher::usage);
        line.setExecutionExceptionHandler(this::failure);
        listExitCodes(line);
        return line;
    }

    /** Every command's --help ends with the one table. */
    private static void listExitCodes(CommandLine line) {
        Map<String, String> list = new LinkedHashMap<>();
        for (ExitCode c : ExitCode.values()) {
            list.put(String.valueOf(c.code()), c.name() + ": " + c.meaning());
        }
        line.getCommandSpec().usageMessage().exitCodeListHeading("%nExit status:%n").exitCodeList(list);
        line.getSubcommands().values().forEach(Launcher::listExitCodes);
    }

    private static int usage(ParameterException e, String[] args) {
        String name = e.getCommandLine().getCommandSpec().qualifiedName();
        List<String> suggestions = e instanceof UnmatchedArgumentException u ? u.getSuggestions() : List.of();
        String didYouMean = suggestions.isEmpty() ? "" : "did you mean " + String.join(" or ", suggestions) + "? ";
        e.getCommandLine().getErr().println(name + ": " + e.getMessage() + " (" + didYouMean + "see " + name
                + " --help)");
        return ExitCode.USAGE.code();
    }

    private int failure(Exception e, CommandLine line, ParseResult parsed) {
        ExitCode code = classify(e);
        String message = switch (code) {
            case USAGE -> Failures.describe(e);
            case HARNESS_ERROR -> "internal error, a bug to report: " + Failures.describeBug(e)
                    + (verbose(parsed) ? "" : " (" + VERBOSE + " prints the stack trace)");
            default -> code.name() + ": " + Failures.describe(e);
        };
        line.getErr().println(line.getCommandSpec().qualifiedName() + ": " + message);
        if (verbose(parsed)) {
            e.printStackTrace(line.getErr());
        }
        return code.code();
    }

    ExitCode classify(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            for (Map.Entry<Class<? extends Throwable>, ExitCode> kind : kinds.entrySet()) {
                if (kind.getKey().isInstance(t)) {
                    return kind.getValue();
                }
            }
        }
        if (e instanceof IllegalArgumentException || e instanceof ParameterException) {
            return ExitCode.USAGE;
        }
        if (e instanceof IOException || e instanceof UncheckedIOException) {
            return ExitCode.INFRA;
        }
        return ExitCode.HARNESS_ERROR;
    }

    private static boolean verbose(ParseResult parsed) {
        return parsed != null && parsed.originalArgs().contains(VERBOSE);
    }
}
