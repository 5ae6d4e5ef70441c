package dev.kallsyms.harness.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kallsyms.harness.cli.MatrixCommand;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        PipelineCalls axes = stage("Matrix").first("axes").orElseThrow();
        Map<String, List<String>> inJenkinsfile = new LinkedHashMap<>();
        for (PipelineCalls axis : axes.all("axis").toList()) {
            String name = axis.first("name").orElseThrow().arg();
            List<String> values = axis.first("values").orElseThrow().args().stream().map(String::valueOf).toList();
            inJenkinsfile.put(name, values);
        }
        assertEquals(MatrixAxes.axes(MatrixCommand::parseLine), inJenkinsfile);
    }

    @Test
    void eachCellRunsTheHarnessRetriesInfraAndPublishesResults() {
        PipelineCalls cell = stage("Matrix").all("stage").filter(s -> "Cell".equals(s.arg())).findFirst()
                .orElseThrow();
        PipelineCalls caught = cell.first("catchError").orElseThrow();
        assertEquals("UNSTABLE", caught.named().get("buildResult"));
        PipelineCalls retry = caught.first("retry").orElseThrow();
        assertTrue(retry.all("sh").anyMatch(c -> c.arg().startsWith("bin/harness run ")
                && c.arg().contains("--kconfig-add " + MatrixAxes.FRAGMENT + " ")));
        assertTrue(retry.all("sh").anyMatch(c -> c.arg().startsWith("bin/harness gate --infra-only ")));
        assertTrue(Files.isRegularFile(root.resolve(MatrixAxes.FRAGMENT)), "the cells' fragment exists");
        assertTrue(cell.all("sh").anyMatch(c -> "bin/harness gate results".equals(c.named().get("script"))));
        assertTrue(cell.all("error").findAny().isPresent(), "a generator mismatch fails the build");
        assertTrue(cell.all("unstable").findAny().isPresent(), "other findings make it unstable");
        assertTrue(cell.all("junit").anyMatch(c -> "results/**/junit.xml".equals(c.named().get("testResults"))));
        assertTrue(cell.all("archiveArtifacts").anyMatch(c -> String.valueOf(c.named().get("artifacts"))
                .contains("bundle.tar.xz")));
    }

    @Test
    void theFailureBranchIsTheGatesFailureExitCode() {
        assertTrue(text.contains("if (gate == " + Gate.Outcome.FAILURE.exitCode() + ")"), "error() on exit 2");
        assertTrue(text.contains("gate != " + Gate.Outcome.SUCCESS.exitCode()), "unstable() on anything else");
    }

    @Test
    void sweepFansShardsOutAndMergesThem() {
        PipelineCalls sweep = stage("Sweep");
        assertTrue(sweep.first("when").isPresent(), "the sweep runs only when asked");
        assertTrue(pipeline.all("booleanParam").anyMatch(p -> "SWEEP".equals(p.named().get("name"))));
        assertTrue(sweep.first("parallel").isPresent());
        assertTrue(sweep.all("sh").anyMatch(c -> c.arg().contains("bin/harness sweep ")
                && c.arg().contains("--shard ${shard}")));
        assertTrue(sweep.all("sh").anyMatch(c -> c.arg().startsWith("bin/harness sweep-merge ")));
        assertTrue(sweep.all("archiveArtifacts").findAny().isPresent());
    }

    private static PipelineCalls stage(String name) {
        return pipeline.all("stage").filter(s -> name.equals(s.arg())).findFirst().orElseThrow();
    }
}
