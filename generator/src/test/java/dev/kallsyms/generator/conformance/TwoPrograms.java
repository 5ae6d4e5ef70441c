package dev.kallsyms.generator.conformance;

import dev.kallsyms.generator.Kallsyms;
import dev.kallsyms.reference.Comparison;
import dev.kallsyms.reference.ReferenceKallsyms;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Runs the C reference and the Java generator on the same map with the same command line and compares
 * what they wrote. The C runs as a child process while the Java runs in this JVM, at the same time.
 */
final class TwoPrograms {
    private TwoPrograms() {
    }

    /** The subject line every report starts with: generation, package compared against, options, input. */
    static String subject(GenerationSetup setup, List<String> options, String input) {
        ReferenceKallsyms ref = ReferenceKallsyms.forGeneration(setup.generation());
        return "generation " + setup.generation() + " (C from " + ref.provenance().packageName() + " "
                + ref.packageVersion() + "), options " + options + ", input " + input;
    }

    static Comparison compare(GenerationSetup setup, List<String> options, Path map, String input) {
        ReferenceKallsyms ref = ReferenceKallsyms.forGeneration(setup.generation());
        List<String> args = setup.arguments(options, map);
        CompletableFuture<ReferenceKallsyms.Result> c =
                CompletableFuture.supplyAsync(() -> ref.run(args, setup.readsStdin() ? map : null));
        ReferenceKallsyms.Result java = runJava(setup, args, map, ref.binary());
        return Comparison.of(subject(setup, options, input), c.join(), java);
    }

    /** The generator through its command-line entry point, with the C program's own arguments. */
    static ReferenceKallsyms.Result runJava(GenerationSetup setup, List<String> args, Path map, Path cBinary) {
        List<String> all = new ArrayList<>(List.of("--kernel-version", setup.generation()));
        all.addAll(args);
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        long start = System.nanoTime();
        // getopt's messages name argv[0]; the C child's argv[0] is its binary's path
        Map<String, String> env = Map.of(Kallsyms.ARGV0_ENV, cBinary.toString());
        try (InputStream stdin = setup.readsStdin() ? Files.newInputStream(map)
                : new ByteArrayInputStream(new byte[0])) {
            int status = Kallsyms.execute(all, env, map.getParent(), stdin, out, err);
            return new ReferenceKallsyms.Result(status, out.toByteArray(), err.toByteArray(),
                    Duration.ofNanos(System.nanoTime() - start));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
