package dev.kallsyms.harness.cli;

import dev.kallsyms.cli.BadInputException;
import dev.kallsyms.cli.Inputs;
import dev.kallsyms.harness.Cell;
import dev.kallsyms.harness.Pins;
import dev.kallsyms.harness.regress.CPatch;
import dev.kallsyms.harness.regress.GeneratorRef;
import dev.kallsyms.harness.summary.Regression;
import dev.kallsyms.harness.summary.RunReport;
import dev.kallsyms.harness.summary.RunSummary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "regress", mixinStandardHelpOptions = true,
        description = {"Regression-tests a generator change: runs the matrix (as 'matrix' would) once with the "
                + "baseline generator and once with the candidate, into OUTPUT/baseline and OUTPUT/candidate, and "
                + "reports every cell whose verdict, kallsyms passes, table sizes or Java output bytes differ: "
                + "OUTPUT/regress.json and OUTPUT/index.html (linking both runs' reports).",
                "REF is a generator jar, a git revision of this repository (its generator is built with mvn "
                        + "package in a temporary checkout under OUTPUT/generators), or c-patch:FILE, a patch to "
                        + "the kernel's scripts/kallsyms.c (patch -p1): that side runs the other side's generator "
                        + "(the checkout's when both are c-patch:) on the same cells plus --patch FILE, and both "
                        + "sides link the C program's output (--link-c), so the two runs differ by the C change "
                        + "only; cells are matched without that patch. The candidate's cells are built from the "
                        + "linux-source versions the baseline's were (as with --kernel-package-version).",
                "Exit 0 when no cell regressed (a verdict that got worse); else the status of the worst regressed "
                        + "verdict (3 GENERATOR_MISMATCH, 4 STAGE_INCONSISTENT, 1 FAILED); 5 INFRA when nothing "
                        + "regressed but some cell ended INFRA and was not compared."})
public final class RegressCommand implements Callable<Integer> {
    @Option(names = "--baseline", required = true, paramLabel = "REF",
            description = "Before: a generator jar, a revision, or c-patch:FILE.")
    String baseline;

    @Option(names = "--candidate", required = true, paramLabel = "REF",
            description = "After: a generator jar, a revision, or c-patch:FILE.")
    String candidate;

    @Mixin
    MatrixOptions matrix;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        if (common.generatorJar != null) {
            throw new BadInputException("--generator-jar: regress takes its generators from --baseline and "
                    + "--candidate");
        }
        Optional<CPatch> basePatch = CPatch.parse(baseline, "--baseline");
        Optional<CPatch> candPatch = CPatch.parse(candidate, "--candidate");
        List<CPatch> patches = Stream.of(basePatch, candPatch).flatMap(Optional::stream).toList();
        common.linkC |= !patches.isEmpty();
        List<Cell> cells = matrix.cells();
        Path root = common.outputDir();
        Inputs.outputDirectory("--output", root);
        String baseGen = generatorOf(baseline, basePatch, candidate, candPatch);
        String candGen = generatorOf(candidate, candPatch, baseline, basePatch);
        GeneratorRef before = generator(baseGen, root, "baseline");
        GeneratorRef after = candGen.equals(baseGen) ? before : generator(candGen, root, "candidate");
        RunSummary base = run(patched(cells, basePatch), before, root.resolve("baseline"), Map.of());
        RunSummary cand = run(patched(cells, candPatch), after, root.resolve("candidate"), sources(base));
        Regression r = Regression.compare(describe(before, basePatch), base, "baseline", describe(after, candPatch),
                cand, "candidate", c -> CPatch.unpatchedId(c, patches));
        r.write(root);
        System.out.print(r.render());
        System.out.println("report: " + root.resolve(RunReport.INDEX));
        return r.exitCode().code();
    }

    /**
     * The generator a side runs: its REF, or for a c-patch: side the other side's (the checkout's when both are),
     * so a C change is compared with the generator held fixed.
     */
    static String generatorOf(String ref, Optional<CPatch> patch, String other, Optional<CPatch> otherPatch) {
        if (patch.isEmpty()) {
            return ref;
        }
        return otherPatch.isEmpty() ? other : CommonOptions.defaultGeneratorJar().toString();
    }

    static List<Cell> patched(List<Cell> cells, Optional<CPatch> patch) {
        return patch.map(p -> cells.stream().map(p::apply).toList()).orElse(cells);
    }

    private static String describe(GeneratorRef generator, Optional<CPatch> patch) {
        return generator.describe() + patch.map(p -> "; " + p.describe()).orElse("");
    }

    /** A revision's generator takes a Maven build (a minute or two): say so before it starts. */
    private static GeneratorRef generator(String ref, Path root, String label) {
        System.out.println("regress: " + label + " generator " + ref + " (a revision is built with mvn package; log "
                + "in " + root.resolve("generators") + ")");
        GeneratorRef g = GeneratorRef.resolve(ref, CommonOptions.home(), root.resolve("generators"), label);
        System.out.println("regress: " + label + " = " + g.describe());
        return g;
    }

    /**
     * Runs the cells with the generator. {@code sources}: kernel generation to the linux-source version the
     * cells of that generation must be built from (the baseline's), so that the newest package changing between
     * the two runs (a point release, a mirror mid-sync) cannot make the candidate's cells compare another tree.
     */
    private RunSummary run(List<Cell> cells, GeneratorRef generator, Path output, Map<String, String> sources) {
        System.out.println("regress: " + output.getFileName() + " with " + generator.describe());
        common.generatorJar = generator.jar();
        common.output = output;
        Map<String, List<Cell>> byKernel = new LinkedHashMap<>();
        cells.forEach(c -> byKernel.computeIfAbsent(c.kernel(), k -> new ArrayList<>()).add(c));
        for (Map.Entry<String, List<Cell>> e : byKernel.entrySet()) {
            RunCommand.runCells(e.getValue(), Map.of(), common, new Pins(sources.get(e.getKey()), null, null, null),
                    matrix.parallel, System.out);
        }
        return RunReport.write(output);
    }

    /** The linux-source version each kernel generation's cells were built from in a run. */
    static Map<String, String> sources(RunSummary run) {
        Map<String, String> versions = new LinkedHashMap<>();
        run.cells().stream().filter(c -> c.packageVersion() != null)
                .forEach(c -> versions.putIfAbsent(c.cell().kernel(), c.packageVersion()));
        return versions;
    }
}
