package dev.kallsyms.reference;

import dev.kallsyms.reference.internal.AssemblerListing;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The byte-exact comparison of one run of the C reference with one run of another kallsyms program (the Java
 * generator): exit status, stdout and stderr. Every Java-versus-C comparison of the project goes through here
 * so that all of them report a difference the same way: the first differing line, three lines of context and
 * the symbol involved.
 */
public final class Comparison {
    private static final int CONTEXT = 3;

    private final String subject;
    private final List<Mismatch> mismatches;

    private Comparison(String subject, List<Mismatch> mismatches) {
        this.subject = subject;
        this.mismatches = List.copyOf(mismatches);
    }

    /**
     * Compares {@code actual} with the reference's {@code expected}.
     *
     * @param subject what was run, for the report (generation, package version, options, input)
     */
    public static Comparison of(String subject, ReferenceKallsyms.Result expected, ReferenceKallsyms.Result actual) {
        return of(subject, expected.exitCode(), expected.stdout(), expected.stderr(),
                actual.exitCode(), actual.stdout(), actual.stderr());
    }

    public static Comparison of(String subject, int expectedExit, byte[] expectedOut, byte[] expectedErr,
                                int actualExit, byte[] actualOut, byte[] actualErr) {
        List<Mismatch> found = new ArrayList<>();
        if (expectedExit != actualExit) {
            found.add(new Mismatch(Mismatch.Channel.EXIT_STATUS, 0, 0, List.of(), String.valueOf(expectedExit),
                    String.valueOf(actualExit), List.of(), List.of(), "", ""));
        }
        firstDifference(Mismatch.Channel.STDOUT, expectedOut, actualOut).ifPresent(found::add);
        firstDifference(Mismatch.Channel.STDERR, expectedErr, actualErr).ifPresent(found::add);
        return new Comparison(subject, found);
    }

    public boolean identical() {
        return mismatches.isEmpty();
    }

    public String subject() {
        return subject;
    }

    /** At most one per channel, in the order exit status, stdout, stderr. */
    public List<Mismatch> mismatches() {
        return mismatches;
    }

    /** A report for a test failure or a log: empty of details when the outputs are identical. */
    public String report() {
        if (identical()) {
            return "identical: " + subject;
        }
        StringBuilder out = new StringBuilder("MISMATCH: ").append(subject).append('\n');
        mismatches.forEach(m -> out.append(m.describe()));
        return out.toString();
    }

    @Override
    public String toString() {
        return report();
    }

    private static Optional<Mismatch> firstDifference(Mismatch.Channel channel, byte[] expected, byte[] actual) {
        if (Arrays.equals(expected, actual)) {
            return Optional.empty();
        }
        List<String> want = AssemblerListing.lines(expected);
        List<String> got = AssemblerListing.lines(actual);
        int i = 0;
        while (i < want.size() && i < got.size() && want.get(i).equals(got.get(i))) {
            i++;
        }
        if (i == want.size() && i == got.size()) {
            return Optional.of(finalNewline(channel, want, expected));
        }
        String expectedLine = i < want.size() ? want.get(i) : null;
        String actualLine = i < got.size() ? got.get(i) : null;
        int lineNumber = i + 1;
        String location = "";
        String symbol = "";
        if (channel == Mismatch.Channel.STDOUT) {
            AssemblerListing listing = new AssemblerListing(expectedLine != null ? want : got);
            location = listing.location(lineNumber);
            symbol = listing.symbolAt(lineNumber);
        }
        return Optional.of(new Mismatch(channel, lineNumber, column(expectedLine, actualLine),
                want.subList(Math.max(0, i - CONTEXT), i), expectedLine, actualLine,
                following(want, i), following(got, i), location, symbol));
    }

    /** Equal lines but different bytes: only one of the outputs ends with a newline. */
    private static Mismatch finalNewline(Mismatch.Channel channel, List<String> lines, byte[] expected) {
        int last = lines.size() - 1;
        boolean referenceHasIt = expected.length > 0 && expected[expected.length - 1] == '\n';
        return new Mismatch(channel, last + 1, 0, lines.subList(Math.max(0, last - CONTEXT), last),
                lines.get(last), lines.get(last), List.of(), List.of(),
                referenceHasIt ? "only C ends the output with a newline" : "only the other ends it with a newline",
                "");
    }

    private static List<String> following(List<String> lines, int index) {
        return index + 1 >= lines.size() ? List.of()
                : lines.subList(index + 1, Math.min(lines.size(), index + 1 + CONTEXT));
    }

    private static int column(String a, String b) {
        if (a == null || b == null) {
            return 0;
        }
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            if (a.charAt(i) != b.charAt(i)) {
                return i + 1;
            }
        }
        return n + 1;
    }
}
