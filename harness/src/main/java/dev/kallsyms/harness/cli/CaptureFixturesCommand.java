package dev.kallsyms.harness.cli;

import dev.kallsyms.cli.Inputs;
import dev.kallsyms.cli.VerboseOption;
import dev.kallsyms.harness.capture.CorpusCapture;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "capture-fixtures", mixinStandardHelpOptions = true,
        description = "Adds the real pass maps of a run (each pass's input map and the C program's output) to "
                + "the symbol-map corpus, with a manifest row saying which build they come from. Maps of "
                + "passes with a test fault and entries already present are skipped.")
public final class CaptureFixturesCommand implements Callable<Integer> {
    @Parameters(paramLabel = "RESULTS", description = "A run's output directory, or one cell's directory.")
    Path results;

    @Option(names = "--corpus", paramLabel = "DIR",
            description = "Corpus directory holding manifest.tsv (default: fixtures' maps/ in the checkout).")
    Path corpus;

    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() {
        Inputs.existingDirectory("results directory", results);
        Path dir = Inputs.existingDirectory("--corpus", corpus != null ? corpus
                : CommonOptions.home().resolve("fixtures/src/main/resources/dev/kallsyms/fixtures/maps"));
        List<CorpusCapture.Captured> added = CorpusCapture.capture(results, dir);
        added.forEach(c -> System.out.println("added " + c.name() + " (" + c.lines() + " lines): " + c.provenance()));
        System.out.println(added.size() + " map(s) added to " + dir);
        return 0;
    }
}
