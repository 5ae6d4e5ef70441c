package dev.kallsyms.cli;

/**
 * Input a command refuses before doing any work: exit status {@link ExitCode#USAGE}, the message printed as the
 * one line the user sees. An {@link IllegalArgumentException}, as the libraries' own refusals of bad input are.
 */
public class BadInputException extends IllegalArgumentException {
    public BadInputException(String message) {
        super(message);
    }

    public BadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
