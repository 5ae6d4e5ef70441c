package dev.kallsyms.generator;

/** What one run produced: exit status and the exact bytes written to stdout and stderr. */
public record KallsymsResult(int exitCode, byte[] stdout, byte[] stderr) {
}
