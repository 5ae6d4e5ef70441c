package dev.kallsyms.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kallsyms.harness.Cell;
import dev.kallsyms.harness.CellResult;
import dev.kallsyms.harness.FileDigests;
import dev.kallsyms.harness.Pins;
import dev.kallsyms.harness.LinkMode;
import dev.kallsyms.harness.RunOptions;
import dev.kallsyms.harness.Samples;
import dev.kallsyms.harness.Verdict;
import dev.kallsyms.harness.build.Fragments;
import dev.kallsyms.harness.report.ReproduceScript;
import dev.kallsyms.harness.report.RunArguments;
import java.io.PrintStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * reproduce.sh gives back the cell and every option it was run with: written, run by sh against a stand-in
 * bin/harness that prints its arguments, and parsed by the real {@code run} command again.
 */
class ReproduceRoundTripTest {
    @TempDir
    Path dir;

    @Test
    void everyComponentOfACellAndItsOptionsIsReplayedOrExcused() {
        Set<String> replayed = RunArguments.OPTIONS.stream().map(RunArguments.Option::component)
                .collect(Collectors.toCollection(TreeSet::new));
        replayed.addAll(RunArguments.NOT_REPLAYED.keySet());
        for (Class<?> model : List.of(Cell.class, RunOptions.class)) {
            for (RecordComponent c : model.getRecordComponents()) {
                assertTrue(replayed.contains(c.getName()), model.getSimpleName() + "." + c.getName()
                        + " is neither an option of RunArguments nor excused in NOT_REPLAYED: reproduce.sh would "
                        + "drop it");
            }
        }
    }

    @Test
    void theScriptParsesBackIntoTheSameCellOptionsAndPins() throws Exception {
        Path fragment = Files.writeString(dir.resolve("extra.config"), "CONFIG_KALLSYMS_ALL=y\n");
        Path jar = Files.write(dir.resolve("kallsyms.jar"), new byte[] {'P', 'K', 3, 4});
        Path patch = Files.writeString(dir.resolve("revert.patch"), "--- a/x\n+++ b/x\n");
        Cell cell = new Cell("6.1", "gcc-12", "vexpress_defconfig",
                List.of("CONFIG_EXPERT=y", fragment.toString(), "# CONFIG_X is not set"),
                List.of("KALLSYMS_EXTRA_PASS=1", "KCFLAGS=-O2 -g"), List.of(patch.toString()));
        RunOptions asRun = RunOptions.defaults(dir.resolve("results"), jar).withJobs(3).withStopOnMismatch(true)
                .withCcache(false).withBoot(false).withTimeout(Duration.ofMinutes(17)).withMemoryBytes(3L << 30);
        CellResult first = withPackages(Samples.result(cell, Verdict.STAGE_INCONSISTENT, List.of("x"), List.of(),
                null), jar);
        Path cellDir = Files.createDirectories(dir.resolve("cell"));
        ReproduceScript.write(first, cellDir, asRun);
        List<String> fragmentTexts = cell.fragments().stream().map(Fragments::text).toList();
        Files.delete(fragment);
        Files.delete(jar);
        Files.delete(patch);

        RunCommand run = parse(replay(cellDir));
        Cell again = run.cellOptions.toCell();
        assertEquals(List.of(cell.kernel(), cell.toolchain(), cell.defconfig(), cell.makeVars()),
                List.of(again.kernel(), again.toolchain(), again.defconfig(), again.makeVars()));
        assertEquals(1, again.patches().size());
        assertEquals("--- a/x\n+++ b/x\n", Files.readString(Path.of(again.patches().get(0))), "the patch, from its copy");
        assertEquals(fragmentTexts, again.fragments().stream().map(Fragments::text).toList(), "fragments, the file's text from its copy");
        RunOptions replayed;
        try (TerminalProgress progress = new TerminalProgress(new PrintStream(PrintStream.nullOutputStream()), 1,
                false)) {
            replayed = run.common.toRunOptions(progress);
        }
        for (RecordComponent c : RunOptions.class.getRecordComponents()) {
            if (RunArguments.NOT_REPLAYED.containsKey(c.getName()) || c.getName().equals("generatorJar")
                    || c.getName().equals("pins")) {
                continue;
            }
            assertEquals(c.getAccessor().invoke(asRun), c.getAccessor().invoke(replayed), c.getName());
        }
        assertEquals(first.generator().sha256(), FileDigests.of(replayed.generatorJar(), "jar").sha256(),
                "the generator jar is a copy of the one the cell used");
        assertEquals(new Pins("6.1.190-1", "sha256:1",
                "gcc-arm-linux-gnueabihf=12.2.0-3 binutils-arm-linux-gnueabihf=2.40-2", first.generator().sha256()),
                run.pins.toPins());
    }

    @Test
    void aPlainLinkIsReplayedWithoutAGeneratorAndWithItsSwitch() throws Exception {
        RunOptions plain = RunOptions.defaults(dir.resolve("results"), null).withInterpose(false);
        CellResult first = Samples.result(Verdict.UNCHECKED, List.of("x"), List.of(), null);
        Path cellDir = Files.createDirectories(dir.resolve("plain"));
        ReproduceScript.write(first, cellDir, plain);
        List<String> args = replay(cellDir);
        assertTrue(args.contains("--no-interpose"), args.toString());
        assertTrue(args.stream().noneMatch(a -> a.startsWith("--generator")), args.toString());
        RunCommand run = parse(args);
        assertTrue(run.common.noInterpose);
    }

    @Test
    void aDropInCellIsReplayedAsADropIn() throws Exception {
        Path jar = Files.write(dir.resolve("kallsyms.jar"), new byte[] {'P', 'K', 3, 4});
        RunOptions dropIn = RunOptions.defaults(dir.resolve("results"), jar).withMode(LinkMode.DROP_IN);
        CellResult first = Samples.result(Verdict.PASS, List.of(), List.of(), null);
        Path cellDir = Files.createDirectories(dir.resolve("drop-in"));
        ReproduceScript.write(first, cellDir, dropIn);
        List<String> args = replay(cellDir);
        assertTrue(args.contains("--drop-in"), args.toString());
        assertTrue(args.stream().noneMatch(a -> a.equals("--no-interpose")), args.toString());
        assertTrue(parse(args).common.dropIn);
    }

    /** The script's arguments, as sh hands them to bin/harness. */
    private List<String> replay(Path cellDir) throws Exception {
        Path home = Files.createDirectories(dir.resolve("home/bin"));
        Path harness = Files.writeString(home.resolve("harness"), "#!/bin/sh\nprintf '%s\\n' \"$@\"\n");
        harness.toFile().setExecutable(true);
        ProcessBuilder pb = new ProcessBuilder("sh", cellDir.resolve(ReproduceScript.FILE).toString(),
                dir.resolve("again").toString()).redirectErrorStream(true);
        pb.environment().put(ReproduceScript.HOME_ENV, home.getParent().toString());
        Process sh = pb.start();
        sh.getOutputStream().close();
        List<String> lines = new String(sh.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        assertEquals(0, sh.waitFor(), lines.toString());
        assertEquals("run", lines.get(0), lines.toString());
        return lines.subList(1, lines.size());
    }

    private static RunCommand parse(List<String> args) {
        RunCommand run = new RunCommand();
        new CommandLine(run).parseArgs(args.toArray(String[]::new));
        return run;
    }

    private static CellResult withPackages(CellResult r, Path jar) {
        CellResult.ToolchainInfo t = r.toolchain();
        Map<String, String> versions = new java.util.HashMap<>(t.toolVersions());
        versions.put("packages", "gcc-arm-linux-gnueabihf=12.2.0-3 binutils-arm-linux-gnueabihf=2.40-2 ");
        return new CellResult(r.schema(), r.cell(), r.verdict(), r.reasons(), r.attempts(), r.startedAt(),
                r.finishedAt(), r.kernel(), new CellResult.ToolchainInfo(t.id(), t.suite(), t.imageTag(), t.imageId(),
                t.baseImage(), versions, t.makeVars()), new CellResult.GeneratorInfo(jar.toString(),
                FileDigests.of(jar, "jar").sha256(), r.generator().mode()), r.phasesMs(), r.passes(), r.stage(), r.config(), r.readback(),
                r.boot(), r.files());
    }
}
