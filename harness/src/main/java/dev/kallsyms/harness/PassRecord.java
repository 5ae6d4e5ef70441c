package dev.kallsyms.harness;

import java.util.List;

/**
 * One invocation of scripts/kallsyms during a link, as the harness's wrapper recorded it.
 *
 * @param pass            the link's pass number (from the output file name and the generation's pass-file table)
 * @param invocation      0-based order of the wrapper's invocations in this link (the wrapper's own count)
 * @param arguments       the command line the link script gave scripts/kallsyms
 * @param outputFile      where the link script sent standard output (the pass's .S), relative to the output tree
 * @param mapOnStdin      true when the map came on standard input (5.10) rather than as a file argument
 * @param inputMap        the input map as the wrapper saved it
 * @param c               the tree's own C scripts/kallsyms
 * @param java            the Java generator, whose output went to the build
 * @param byteEqual       exit statuses equal and standard outputs byte for byte equal
 * @param firstDifference offset of the first differing output byte, -1 when equal (or the shorter length)
 * @param fault           a test double's deliberate fault applied in this pass, null in real runs
 */
public record PassRecord(int pass, int invocation, List<String> arguments, String outputFile, boolean mapOnStdin,
                         FileDigest inputMap, GeneratorRun c, GeneratorRun java, boolean byteEqual,
                         long firstDifference, String fault) {
    public PassRecord {
        arguments = List.copyOf(arguments);
    }

    /** Size, line count and SHA-256 of a file the wrapper kept. */
    public record FileDigest(String file, long bytes, long lines, String sha256) {
    }

    /**
     * One generator's run in a pass.
     *
     * @param exitCode   its exit status
     * @param durationMs wall time, as measured by the wrapper inside the container
     * @param output     its standard output
     * @param stderr     its standard error (text, trimmed to a few KB)
     */
    public record GeneratorRun(int exitCode, double durationMs, FileDigest output, String stderr) {
    }
}
