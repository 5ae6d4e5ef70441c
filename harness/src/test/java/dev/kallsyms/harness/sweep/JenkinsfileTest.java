package dev.kallsyms.harness.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kallsyms.cli.ExitCode;
import dev.kallsyms.harness.Verdict;
import dev.kallsyms.harness.cli.MatrixCommand;
import dev.kallsyms.harness.matrix.Unbuildable;
import dev.kallsyms.harness.summary.RunReport;
import dev.kallsyms.harness.summary.RunSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The repository's Jenkinsfile, parsed with Groovy's parser: stages, matrix axes, the gate's use. */
class JenkinsfileTest {
    private static Path root;
    private static String text;
    private static PipelineCalls pipeline;

    @BeforeAll
    static void parse() throws IOException {
        root = Path.of("").toAbsolutePath();
        while (!Files.isRegularFile(root.resolve("Jenkinsfile"))) {
            root = root.getParent();
        }
        text = Files.readString(root.resolve("Jenkinsfile"));
        pipeline = PipelineCalls.parse(text).first("pipeline").orElseThrow();
    }

    @Test
    void hasTheBuildMatrixAndSweepStagesInOrder() {
        PipelineCalls stages = pipeline.children().stream().filter(c -> c.name().equals("stages")).findFirst()
                .orElseThrow();
        assertEquals(List.of("Build and fast tests", "Matrix", "Sweep"),
                stages.children().stream().filter(c -> c.name().equals("stage")).map(PipelineCalls::arg).toList());
        PipelineCalls build = stage("Build and fast tests");
        assertTrue(build.all("sh").anyMatch(c -> c.arg().startsWith("mvn -B -ntp verify")), "fast tests run");
        assertTrue(build.all("junit").findAny().isPresent(), "test reports published");
    }

    @Test
    void matrixAxesAreTheHarnessDataFiles() {
        assertEquals(MatrixAxes.axes(MatrixCommand::parseLine), axisValues(stage("Matrix").first("axes").orElseThrow()));
    }

    @Test
    void matrixExcludesExactlyThePairsMeasuredNotToBuild() {
        Map<String, List<String>> excluded = new LinkedHashMap<>();
        for (PipelineCalls exclude : stage("Matrix").first("excludes").orElseThrow().all("exclude").toList()) {
            Map<String, List<String>> axes = axisValues(exclude);
            assertEquals(Set.of(MatrixAxes.KERNEL, MatrixAxes.TOOLCHAIN), axes.keySet(), "an exclude names pairs");
            for (String kernel : axes.get(MatrixAxes.KERNEL)) {
                excluded.computeIfAbsent(kernel, k -> new ArrayList<>()).addAll(axes.get(MatrixAxes.TOOLCHAIN));
            }
        }
        assertEquals(Unbuildable.load().toolchainsByKernel(), excluded);
        List<String> defconfigs = MatrixAxes.axes(MatrixCommand::parseLine).get(MatrixAxes.DEFCONFIG);
        for (Unbuildable.Entry named : Unbuildable.load().namedDefconfigs()) {
            assertTrue(!defconfigs.contains(named.defconfig()), named + " is a cell of the Jenkinsfile's matrix, whose "
                    + "excludes name kernel and toolchain pairs only: exclude it there with a defconfig axis too");
        }
    }

    /** The values of each axis block under this call, by axis name. */
    private static Map<String, List<String>> axisValues(PipelineCalls parent) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (PipelineCalls axis : parent.all("axis").toList()) {
            values.put(axis.first("name").orElseThrow().arg(),
                    axis.first("values").orElseThrow().args().stream().map(String::valueOf).toList());
        }
        return values;
    }

    @Test
    void eachCellRunsTheHarnessRetriesInfraAndPublishesResults() {
        PipelineCalls cell = stage("Matrix").all("stage").filter(s -> "Cell".equals(s.arg())).findFirst()
                .orElseThrow();
        assertTrue(cell.all("sh").anyMatch(c -> String.valueOf(c.named().get("script")).startsWith("bin/harness run ")
                && String.valueOf(c.named().get("script")).contains("--kconfig-add " + MatrixAxes.FRAGMENT + " ")
                && Boolean.TRUE.equals(c.named().get("returnStatus"))), "the run's status is read, not thrown");
        assertTrue(text.contains("run == " + ExitCode.INFRA.code()), "INFRA is retried");
        assertTrue(text.contains("if (run == " + ExitCode.USAGE.code() + ")"), "a refused run fails the build");
        assertTrue(Files.isRegularFile(root.resolve(MatrixAxes.FRAGMENT)), "the cells' fragment exists");
        assertTrue(judged(cell, "bin/harness gate results"), "the gate's status is the cell's result");
        assertTrue(cell.all("junit").anyMatch(c -> "results/**/junit.xml".equals(c.named().get("testResults"))));
        assertTrue(cell.all("archiveArtifacts").anyMatch(c -> String.valueOf(c.named().get("artifacts"))
                .contains("bundle.tar.xz")));
    }

    /** The statuses that fail the build are the gate's FAILURE verdicts' and bad input, each under its name. */
    @Test
    void theStatusesThatFailTheBuildComeFromTheExitCodeTable() {
        Set<ExitCode> fatal = EnumSet.of(ExitCode.USAGE, ExitCode.GENERATOR_MISMATCH, ExitCode.HARNESS_ERROR);
        for (Verdict v : Verdict.values()) {
            boolean fails = Gate.decide(List.of(v)) == Gate.Outcome.FAILURE;
            assertEquals(fails, fatal.contains(ExitCode.ofVerdict(v.name())), v + " fails the build iff its status does");
        }
        for (ExitCode c : ExitCode.values()) {
            assertEquals(fatal.contains(c), text.contains("(" + c.code() + "): '" + c.name() + ":"),
                    c + " is in the Jenkinsfile's fatal map iff it fails the build");
        }
        assertTrue(text.contains("if (fatal.containsKey(status)) {\n        error(")
                && text.contains("} else if (status != " + ExitCode.OK.code() + ") {\n        unstable("),
                "judge() fails the build on a status of that map, makes it unstable on anything else but 0");
    }

    @Test
    void sweepFansShardsOutAndMergesThem() {
        PipelineCalls sweep = stage("Sweep");
        assertTrue(sweep.first("when").isPresent(), "the sweep runs only when asked");
        assertTrue(pipeline.all("booleanParam").anyMatch(p -> "SWEEP".equals(p.named().get("name"))));
        assertTrue(sweep.first("parallel").isPresent());
        assertTrue(sweep.all("sh").anyMatch(c -> c.arg().contains("bin/harness sweep ")
                && c.arg().contains("--shard ${shard}")));
        assertTrue(judged(sweep, "bin/harness sweep-merge --output sweep/merged sweep/shard-*"));
        assertTrue(sweep.all("archiveArtifacts").findAny().isPresent());
    }

    /** The run's report: each cell stashes what the report reads, the build's post gathers, writes, archives. */
    @Test
    void theBuildGathersTheCellsAndArchivesTheRunsReport() {
        PipelineCalls cell = stage("Matrix").all("stage").filter(s -> "Cell".equals(s.arg())).findFirst()
                .orElseThrow();
        String stashed = "cell-${env.KERNEL}-${env.TOOLCHAIN}-${env.DEFCONFIG}";
        assertTrue(cell.all("stash").anyMatch(c -> stashed.equals(String.valueOf(c.named().get("name")))
                && String.valueOf(c.named().get("includes")).contains("results/*/metadata.json")
                && String.valueOf(c.named().get("includes")).contains("results/*/diagnosis.*")), "cells stash");
        PipelineCalls always = pipeline.children().stream().filter(c -> c.name().equals("post")).findFirst()
                .flatMap(p -> p.first("always")).orElseThrow(() -> new AssertionError("the build has no post"));
        assertTrue(always.all("sh").anyMatch(c -> "bin/harness axes".equals(c.named().get("script"))),
                "the cells to gather are the harness's axes");
        assertTrue(always.all("unstash").anyMatch(c -> "cell-${k}-${t}-${d}".equals(c.arg())), "every cell gathered");
        assertTrue(always.all("sh").anyMatch(c -> "bin/harness report results".equals(c.named().get("script"))
                && Boolean.TRUE.equals(c.named().get("returnStatus"))), "the report is written at the results root");
        List<String> archived = always.all("archiveArtifacts")
                .map(c -> List.of(String.valueOf(c.named().get("artifacts")).split(","))).findFirst().orElseThrow();
        assertEquals(List.of("results/" + RunReport.INDEX, "results/" + RunSummary.FILE, "results/cells/*.html"),
                archived);
        assertTrue(Files.isRegularFile(root.resolve("bin/harness")));
    }

    /** Whether the stage passes the status of this command line to judge(). */
    private static boolean judged(PipelineCalls stage, String script) {
        return stage.all("judge").anyMatch(j -> j.all("sh").anyMatch(c -> script.equals(c.named().get("script"))
                && Boolean.TRUE.equals(c.named().get("returnStatus"))));
    }

    private static PipelineCalls stage(String name) {
        return pipeline.all("stage").filter(s -> name.equals(s.arg())).findFirst().orElseThrow();
    }
}
