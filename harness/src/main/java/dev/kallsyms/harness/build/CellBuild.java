package dev.kallsyms.harness.build;

import dev.kallsyms.boot.BootCheck;
import dev.kallsyms.boot.BootRequest;
import dev.kallsyms.boot.BootResult;
import dev.kallsyms.containers.BuildContainer;
import dev.kallsyms.containers.BuildSpec;
import dev.kallsyms.containers.ExecResult;
import dev.kallsyms.containers.KernelTree;
import dev.kallsyms.containers.KernelTrees;
import dev.kallsyms.containers.ToolchainImage;
import dev.kallsyms.containers.ToolchainImages;
import dev.kallsyms.debian.InfraException;
import dev.kallsyms.debian.host.Directories;
import dev.kallsyms.fixtures.Kernels;
import dev.kallsyms.harness.Cell;
import dev.kallsyms.harness.CellResult.ConfigReport;
import dev.kallsyms.harness.CellResult.GeneratorInfo;
import dev.kallsyms.harness.CellResult.KernelInfo;
import dev.kallsyms.harness.CellResult.ToolchainInfo;
import dev.kallsyms.harness.CellResult;
import dev.kallsyms.harness.FileDigests;
import dev.kallsyms.harness.LinkMode;
import dev.kallsyms.harness.PassFiles;
import dev.kallsyms.harness.PassRecord;
import dev.kallsyms.harness.Patches;
import dev.kallsyms.harness.ReadbackReport;
import dev.kallsyms.harness.RunOptions;
import dev.kallsyms.harness.StageReport;
import dev.kallsyms.harness.Verdict;
import dev.kallsyms.harness.stage.ReadbackCheck;
import dev.kallsyms.harness.stage.StageAnalyzer;
import dev.kallsyms.harness.verdict.Evidence;
import dev.kallsyms.harness.verdict.Stop;
import dev.kallsyms.harness.verdict.VerdictRules;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One attempt at one cell: image, tree, container; defconfig + fragments; host programs; the wrapper in place
 * of scripts/kallsyms; make vmlinux; then the wrapper's records and the ELF files are read and judged.
 */
public final class CellBuild {
    /** Who, where and when every build says it was made: fixed, so relinks and later make calls agree. */
    private static final Map<String, String> IDENTITY = Map.of("KBUILD_BUILD_USER", "harness",
            "KBUILD_BUILD_HOST", "kallsyms-trust", "KBUILD_BUILD_TIMESTAMP", "1970-01-01");

    static final String WRAPPER_RESOURCE = "/dev/kallsyms/harness/kallsyms-wrapper.sh";
    static final String JAR_IN_CONTAINER = "/harness/kallsyms.jar";
    static final String C_PROGRAM = "scripts/kallsyms.c-reference";
    static final String CALLS = ".harness/calls";
    private static final Duration CONFIG_TIMEOUT = Duration.ofMinutes(20);
    private static final List<String> OOM_SIGNS = List.of("Killed signal terminated program",
            "fatal error: Killed", "virtual memory exhausted");
    /** A JVM that could not get its memory exits 1 like a failing generator; it is not one. */
    private static final List<String> JVM_MEMORY_SIGNS = List.of("java.lang.OutOfMemoryError",
            "Could not reserve enough space", "insufficient memory for the Java Runtime");

    private final Cell cell;
    private final RunOptions options;
    private final Path cellDir;
    private final Path tree;
    private final BuildLog log;
    private final Map<String, Long> phases = new LinkedHashMap<>();
    private final String startedAt = Instant.now().toString();
    private KernelInfo kernelInfo;
    private ToolchainInfo toolchainInfo;
    private ConfigReport configReport;

    public CellBuild(Cell cell, RunOptions options, Path cellDir) {
        this.cell = cell;
        this.options = options;
        this.cellDir = cellDir;
        this.tree = options.buildTree() != null ? options.buildTree() : cellDir.resolve("build");
        this.log = new BuildLog(cellDir.resolve("build.log"), line -> options.progress().line(cell, line));
    }

    public CellResult run() {
        try (log) {
            return attempt();
        } catch (RuntimeException e) {
            Stop stop = Stop.of(e);
            if (stop.verdict() == Verdict.HARNESS_ERROR) {
                // a bug of the harness: the log keeps the trace, the verdict its one line
                BuildLog.appendTrace(cellDir.resolve("build.log"), e);
            }
            return result(Evidence.stopped(stop), List.of(), null);
        }
    }

    private CellResult attempt() {
        PassFiles files = PassFiles.forGeneration(cell.kernel());
        Kernels.get(cell.kernel());
        String pinned = options.pins().kernelPackageVersion();
        KernelTree shared = phase("tree", () -> pinned != null ? KernelTrees.ensurePinned(cell.kernel(), pinned)
                : KernelTrees.ensure(cell.kernel()));
        KernelTree source;
        try {
            source = phase("patch", () -> PatchedTree.apply(shared, cell.patches()));
        } catch (PatchedTree.PatchFailed e) {
            kernelInfo = kernelInfo(shared);
            return result(new Evidence(false, false, List.of(), null, e.getMessage(), List.of()), List.of(), null);
        }
        kernelInfo = kernelInfo(source);
        ToolchainImage image = phase("image", () -> options.pins().toolchainImage(cell.toolchain()));
        toolchainInfo = new ToolchainInfo(image.toolchain().id(), image.toolchain().suite(), image.tag(),
                image.imageId(), image.baseImage(), image.toolVersions(), image.toolchain().makeVars());
        MakeCommand make = new MakeCommand(image.toolchain(), cell, options);
        options.progress().phase(cell, "container");
        long start = System.nanoTime();
        try (BuildContainer container = BuildContainer.start(spec(image, source))) {
            phases.put("container", elapsedMs(start));
            return build(container, make, files);
        }
    }

    private KernelInfo kernelInfo(KernelTree source) {
        List<CellResult.PatchInfo> patches = cell.patches().stream()
                .map(p -> new CellResult.PatchInfo(p, Patches.sha256(p))).toList();
        return new KernelInfo(source.generation(), Kernels.get(cell.kernel()).packageName(),
                source.packageVersion(), source.root().toString(), patches);
    }

    private CellResult build(BuildContainer container, MakeCommand make, PassFiles files) {
        if (options.relinkOnly()) {
            clearLinkOutputs(files);
            if (!cell.patches().isEmpty()) {
                // a patch may change a host program (scripts/kallsyms.c): build it again before interposing
                restoreCProgram();
                ExecResult scripts = exec(container, "scripts", make.target("scripts"), Map.of(), options.timeout());
                if (!scripts.succeeded()) {
                    return failed(scripts, "scripts");
                }
            }
        } else {
            ExecResult config = configure(container, make);
            if (!config.succeeded()) {
                return failed(config, "configuration");
            }
            ExecResult scripts = exec(container, "scripts", make.target("scripts"), Map.of(), options.timeout());
            if (!scripts.succeeded()) {
                return failed(scripts, "scripts");
            }
        }
        configReport = configReport();
        boolean interposed = switch (options.mode()) {
            case INTERPOSED -> installWrapper();
            case DROP_IN -> DropIn.install(tree, C_PROGRAM, log);
            case PLAIN -> restoreCProgram();
        };
        // a drop-in gets the build's own environment, nothing of the harness's
        Map<String, String> env = options.mode() == LinkMode.INTERPOSED ? wrapperEnv() : Map.of();
        ExecResult vmlinux = exec(container, "vmlinux", make.target("vmlinux"), env, options.timeout());
        infraCheck(vmlinux);
        String timedOut = timedOut(vmlinux, "make vmlinux");
        long start = System.nanoTime();
        boolean built = vmlinux.succeeded() && Files.isRegularFile(tree.resolve(files.finalElf()));
        List<PassRecord> passes = passes(container, make, files, interposed);
        requireJvmMemory(passes);
        List<Integer> order = passes.stream().map(PassRecord::pass).toList();
        StageReport stage = StageAnalyzer.analyze(tree, snapshots(), files, order, log.lines(), built);
        phases.put("checks", elapsedMs(start));
        Evidence evidence = new Evidence(built, interposed, passes, stage,
                built ? null : log.errorSummary(), configReport.unmet()).withTimedOut(timedOut);
        if (VerdictRules.decide(evidence).verdict().passed()) {
            evidence = evidence.withReadback(readback(files, passes));
        }
        if (options.boot() && VerdictRules.decide(evidence).verdict().passed()
                && BootCheck.standard().canBoot(cell.defconfig())) {
            evidence = evidence.withBoot(boot(make));
        }
        return result(evidence, passes, stage);
    }

    private List<PassRecord> passes(BuildContainer container, MakeCommand make, PassFiles files,
                                    boolean interposed) {
        if (options.mode() != LinkMode.DROP_IN) {
            return WrapperRecords.read(tree.resolve(CALLS), files, cellDir);
        }
        if (!interposed) {
            return List.of();
        }
        DropIn.checkStillInstalled(tree);
        return DropIn.record(container, tree, files, C_PROGRAM, make.variables(), cellDir);
    }

    /** Only a cell that passed everything else is read back: its final ELF holds the last pass's tables. */
    private ReadbackReport readback(PassFiles files, List<PassRecord> passes) {
        options.progress().phase(cell, "readback");
        long start = System.nanoTime();
        ReadbackReport report = ReadbackCheck.afterLink(tree.resolve(files.finalElf()), passes.get(passes.size() - 1),
                cellDir, files.finalElf(), cell.kernel());
        phases.put("readback", elapsedMs(start));
        log.note("read-back: " + report.summary() + " (decode " + report.decodeMs() + " ms)");
        return report;
    }

    /** The kernel itself reads the tables back: booted under qemu, /proc/kallsyms against System.map. */
    private BootResult boot(MakeCommand make) {
        options.progress().phase(cell, "boot");
        long start = System.nanoTime();
        try {
            BootResult result = BootCheck.standard().run(BootRequest.forBuild(cell.defconfig(), cell.kernel(),
                    cell.toolchain(), make.variables(), tree, options.jobs(), cellDir.resolve("boot")));
            phases.put("boot", elapsedMs(start));
            log.note("boot check: " + result.outcome() + ", " + result.entriesCompared() + " entries compared, "
                    + result.bootAndDumpMillis() + " ms boot and dump" + (result.passed() ? "" : ": " + result.detail()));
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ExecResult configure(BuildContainer container, MakeCommand make) {
        options.progress().phase(cell, "config");
        long start = System.nanoTime();
        ExecResult result = exec(container, null, make.target(cell.defconfig()), Map.of(), CONFIG_TIMEOUT);
        if (result.succeeded() && !cell.fragments().isEmpty()) {
            List<String> merge = new ArrayList<>(List.of("sh", BuildContainer.SRC + "/scripts/kconfig/merge_config.sh",
                    "-m", "-O", BuildContainer.OUT, BuildContainer.OUT + "/.config"));
            merge.addAll(writeFragments());
            result = exec(container, null, merge, Map.of(), CONFIG_TIMEOUT);
            if (result.succeeded()) {
                result = exec(container, null, make.target("olddefconfig"), Map.of(), CONFIG_TIMEOUT);
            }
        }
        phases.put("config", elapsedMs(start));
        return result;
    }

    /** Fragments go into the output tree (the container sees only /src, /out and /ccache). */
    private List<String> writeFragments() {
        List<String> inside = new ArrayList<>();
        try {
            Path dir = Files.createDirectories(tree.resolve(".harness/fragments"));
            for (int i = 0; i < cell.fragments().size(); i++) {
                String name = String.format("%02d.config", i);
                Files.writeString(dir.resolve(name), Fragments.text(cell.fragments().get(i)));
                inside.add(BuildContainer.OUT + "/.harness/fragments/" + name);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return inside;
    }

    private ConfigReport configReport() {
        List<String> config = readLines(tree.resolve(".config"));
        List<String> requested = Fragments.settingLines(cell.fragments());
        List<String> kallsyms = config.stream()
                .filter(l -> l.startsWith("CONFIG_KALLSYMS") || l.startsWith("# CONFIG_KALLSYMS")).toList();
        return new ConfigReport(requested, Fragments.unmet(requested, config), kallsyms);
    }

    /** Renames the freshly built C program and puts the wrapper in its place; false when there is none. */
    private boolean installWrapper() {
        Path program = tree.resolve("scripts/kallsyms");
        Path reference = tree.resolve(C_PROGRAM);
        try {
            if (!Files.isRegularFile(reference)) {
                if (!Files.isRegularFile(program)) {
                    log.note("no scripts/kallsyms was built (is CONFIG_KALLSYMS set?): nothing to interpose");
                    return false;
                }
                Files.move(program, reference);
            }
            try (var in = CellBuild.class.getResourceAsStream(WRAPPER_RESOURCE)) {
                Files.write(program, in.readAllBytes());
            }
            program.toFile().setExecutable(true, false);
            // the wrapper must not look older than its prerequisites, or make would build the C program again
            Files.setLastModifiedTime(program, Files.getLastModifiedTime(reference));
            log.note("interposed: scripts/kallsyms is the harness wrapper, the C program is " + C_PROGRAM);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A plain build (no wrapper) gets the C program back where an earlier interposed run moved it. */
    private boolean restoreCProgram() {
        Path reference = tree.resolve(C_PROGRAM);
        try {
            if (Files.isRegularFile(reference)) {
                Files.move(reference, tree.resolve("scripts/kallsyms"), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return false;
    }

    private Map<String, String> wrapperEnv() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("KALLSYMS_HARNESS_RECORDS", BuildContainer.OUT + "/" + CALLS);
        env.put("KALLSYMS_HARNESS_C_PROGRAM", BuildContainer.OUT + "/" + C_PROGRAM);
        env.put("KALLSYMS_HARNESS_JAR", JAR_IN_CONTAINER);
        env.put("KALLSYMS_HARNESS_GENERATION", cell.kernel());
        env.put("KALLSYMS_HARNESS_STOP_ON_MISMATCH", options.stopOnMismatch() ? "1" : "0");
        env.put("KALLSYMS_HARNESS_LINK", options.linkC() ? "c" : "java");
        env.put("KALLSYMS_HARNESS_JAVA_OPTS", "-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto");
        if (options.testFault() != null) {
            env.put("KALLSYMS_HARNESS_TEST_FAULT", options.testFault().wrapperValue());
        }
        return env;
    }

    private void clearLinkOutputs(PassFiles files) {
        try (var top = Files.list(tree)) {
            for (Path p : top.toList()) {
                String name = p.getFileName().toString();
                if (name.startsWith(".tmp_vmlinux") || name.equals("vmlinux") || name.equals("System.map")
                        || name.equals(files.finalElf())) {
                    Files.deleteIfExists(p);
                }
            }
            Directories.delete(tree.resolve(CALLS));
            Directories.delete(tree.resolve(DropIn.RECORDS));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        log.note("relink: deleted the previous link's vmlinux, System.map, temporary ELFs and wrapper records");
    }

    private List<Path> snapshots() {
        List<Path> dirs = new ArrayList<>(WrapperRecords.callDirectories(tree.resolve(CALLS)).stream()
                .map(d -> d.resolve("tree")).toList());
        java.util.Collections.reverse(dirs);
        return dirs;
    }

    private ExecResult exec(BuildContainer container, String phase, List<String> command, Map<String, String> env,
                            Duration timeout) {
        log.command(command);
        if (phase != null) {
            options.progress().phase(cell, phase);
        }
        long start = System.nanoTime();
        ExecResult result = container.exec(command, env, timeout, log::line);
        if (phase != null) {
            phases.put(phase, elapsedMs(start));
        }
        log.note("exit " + result.exitCode() + (result.timedOut() ? " (timed out)" : "") + " after "
                + result.elapsed().toSeconds() + " s");
        return result;
    }

    private CellResult failed(ExecResult result, String what) {
        infraCheck(result);
        configReport = Files.isRegularFile(tree.resolve(".config")) ? configReport()
                : new ConfigReport(Fragments.settingLines(cell.fragments()), List.of(), List.of());
        return result(new Evidence(false, false, List.of(), null, what + ": " + log.errorSummary(),
                configReport.unmet()).withTimedOut(timedOut(result, "make " + what)), List.of(), null);
    }

    /** Kills and out-of-memory are the machine's fault, not the build's; so is a full disk. */
    private void infraCheck(ExecResult result) {
        IOException logFailure = log.writeFailure();
        if (logFailure != null) {
            throw new InfraException("build.log could not be written: " + logFailure.getMessage(), logFailure);
        }
        if (result.succeeded() || result.timedOut()) {
            return;
        }
        if (log.lines().stream().anyMatch(l -> OOM_SIGNS.stream().anyMatch(l::contains))) {
            throw new InfraException("a compiler was killed (out of memory?)");
        }
        if (log.lines().stream().anyMatch(Stop::diskFull)) {
            throw new InfraException("the disk of the build tree " + tree + " is full (No space left on device)");
        }
    }

    private static void requireJvmMemory(List<PassRecord> passes) {
        for (PassRecord p : passes) {
            String stderr = String.valueOf(p.java().stderr());
            if (JVM_MEMORY_SIGNS.stream().anyMatch(stderr::contains)) {
                throw new InfraException("the generator's JVM ran out of memory in pass " + p.pass() + ": "
                        + stderr.lines().filter(l -> JVM_MEMORY_SIGNS.stream().anyMatch(l::contains)).findFirst()
                        .orElse("").strip());
            }
        }
    }

    /** A make stopped at its time limit is its own outcome: the build is unfinished, for no known reason. */
    private static String timedOut(ExecResult result, String what) {
        return result.timedOut() ? what + " ran past its time limit and was stopped after "
                + result.elapsed().toSeconds() + " s" : null;
    }

    private CellResult result(Evidence evidence, List<PassRecord> passes, StageReport stage) {
        VerdictRules.Decision decision = VerdictRules.decide(evidence);
        Path jar = options.generatorJar();
        GeneratorInfo generator = jar != null && Files.isRegularFile(jar)
                ? new GeneratorInfo(jar.toString(), FileDigests.of(jar, jar.toString()).sha256(),
                        options.mode().word()) : null;
        Map<String, String> files = new LinkedHashMap<>();
        files.put("log", "build.log");
        files.put("tree", cellDir.relativize(tree.toAbsolutePath()).toString());
        return new CellResult(CellResult.SCHEMA, cell, decision.verdict(), decision.reasons(), 1, startedAt,
                Instant.now().toString(), kernelInfo, toolchainInfo, generator, phases, passes, stage,
                configReport, evidence.readback(), evidence.boot(), files);
    }

    private BuildSpec spec(ToolchainImage image, KernelTree source) {
        BuildSpec spec = BuildSpec.of(image.tag(), source.root(), tree).withMemoryBytes(options.memoryBytes());
        for (Map.Entry<String, String> e : IDENTITY.entrySet()) {
            spec = spec.withEnv(e.getKey(), e.getValue());
        }
        if (options.generatorJar() != null && options.mode() == LinkMode.DROP_IN) {
            spec = spec.withReadOnlyMount(DropIn.launcher(), DropIn.LAUNCHER_IN_CONTAINER)
                    .withReadOnlyMount(options.generatorJar().toAbsolutePath(), DropIn.JAR_IN_CONTAINER);
        } else if (options.generatorJar() != null) {
            spec = spec.withReadOnlyMount(options.generatorJar().toAbsolutePath(), JAR_IN_CONTAINER);
        }
        return spec;
    }

    private <T> T phase(String name, Supplier<T> work) {
        options.progress().phase(cell, name);
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            phases.put(name, elapsedMs(start));
        }
    }

    private static long elapsedMs(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readAllLines(file) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
