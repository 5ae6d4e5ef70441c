package dev.kallsyms.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kallsyms.fixtures.Corpus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mismatch report points at the right line and symbol of real C output. */
class ComparisonTest {
    private static final String SUBJECT = "6.1 --base-relative ties-input-order";

    private ReferenceKallsyms.Result reference(Path dir, String generation, String entry, String... options) {
        Path map = Corpus.get(entry).writeTo(dir);
        List<String> args = new java.util.ArrayList<>(List.of(options));
        args.add(map.toString());
        return ReferenceKallsyms.forGeneration(generation).run(args, null);
    }

    private static ReferenceKallsyms.Result withStdout(ReferenceKallsyms.Result r, String stdout) {
        return new ReferenceKallsyms.Result(r.exitCode(), stdout.getBytes(StandardCharsets.ISO_8859_1), r.stderr(),
                r.elapsed());
    }

    private static String text(ReferenceKallsyms.Result r) {
        return new String(r.stdout(), StandardCharsets.ISO_8859_1);
    }

    @Test
    void identicalRunsHaveNoMismatch(@TempDir Path dir) {
        ReferenceKallsyms.Result c = reference(dir, "6.1", "ties-input-order", "--base-relative");
        Comparison same = Comparison.of(SUBJECT, c, c);
        assertTrue(same.identical(), same.report());
    }

    @Test
    void aChangedNameIsReportedWithItsSymbolAndContext(@TempDir Path dir) {
        ReferenceKallsyms.Result c = reference(dir, "6.1", "ties-input-order", "--base-relative");
        List<String> lines = List.of(text(c).split("\n", -1));
        int names = lines.indexOf("kallsyms_names:");
        String changed = lines.get(names + 4).replaceFirst("0x..$", "0x00");
        List<String> edited = new java.util.ArrayList<>(lines);
        edited.set(names + 4, changed);

        Comparison diff = Comparison.of(SUBJECT, c, withStdout(c, String.join("\n", edited)));

        assertFalse(diff.identical());
        Mismatch m = diff.mismatches().get(0);
        assertEquals(Mismatch.Channel.STDOUT, m.channel());
        assertEquals(names + 5, m.line());
        assertEquals("kallsyms_names[3]", m.location());
        assertEquals(lines.subList(names + 1, names + 4), m.before());
        assertEquals(3, m.expectedAfter().size());
        // the fourth symbol in address order: the three text-frame symbols before it are _stext, zeta, alpha
        assertEquals("#3 T mu", m.symbol());
        assertTrue(diff.report().contains("symbol: #3 T mu"), diff.report());
    }

    @Test
    void aMissingTailIsReportedAsEndOfOutput(@TempDir Path dir) {
        ReferenceKallsyms.Result c = reference(dir, "6.12", "ties-input-order");
        String full = text(c);
        int cut = full.indexOf("kallsyms_offsets:");
        Comparison diff = Comparison.of("6.12", c, withStdout(c, full.substring(0, cut)));
        Mismatch m = diff.mismatches().get(0);
        assertEquals(null, m.actual());
        assertEquals("kallsyms_offsets:", m.expected());
        assertTrue(diff.report().contains("<end of output>"), diff.report());
    }

    @Test
    void offsetLinesOfSixTwelveNameTheirSymbol(@TempDir Path dir) {
        ReferenceKallsyms.Result c = reference(dir, "6.12", "ties-weak-after-strong");
        List<String> lines = List.of(text(c).split("\n", -1));
        int offsets = lines.indexOf("kallsyms_offsets:");
        List<String> edited = new java.util.ArrayList<>(lines);
        edited.set(offsets + 2, "\t.long\t0x12345678\t/* wrong */");
        Mismatch m = Comparison.of("6.12", c, withStdout(c, String.join("\n", edited))).mismatches().get(0);
        assertEquals("kallsyms_offsets[1]", m.location());
        String comment = lines.get(offsets + 2).replaceFirst(".*/\\* (.*) \\*/$", "$1");
        assertEquals("#1 " + comment.charAt(0) + " " + comment.substring(1), m.symbol());
    }

    @Test
    void exitStatusAndStderrAreComparedToo(@TempDir Path dir) {
        ReferenceKallsyms.Result c = reference(dir, "6.1", "empty-input");
        ReferenceKallsyms.Result other = new ReferenceKallsyms.Result(0, c.stdout(),
                "something else\n".getBytes(StandardCharsets.US_ASCII), c.elapsed());
        Comparison diff = Comparison.of("6.1 empty-input", c, other);
        assertEquals(List.of(Mismatch.Channel.EXIT_STATUS, Mismatch.Channel.STDERR),
                diff.mismatches().stream().map(Mismatch::channel).toList());
        assertEquals("No valid symbol.", diff.mismatches().get(1).expected());
    }

    @Test
    void aMissingFinalNewlineIsADifference(@TempDir Path dir) {
        ReferenceKallsyms.Result c = reference(dir, "7.2", "one-symbol");
        // the .S of some generations ends with a blank line; take its text up to the last non-empty line
        String body = text(c).replaceAll("\n+$", "");
        Comparison diff = Comparison.of("7.2", withStdout(c, body + "\n"), withStdout(c, body));
        Mismatch m = diff.mismatches().get(0);
        assertEquals("only C ends the output with a newline", m.location());
        assertEquals(List.of(body.split("\n")).size(), m.line());
    }
}
