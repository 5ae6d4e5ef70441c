package dev.kallsyms.bench;

import dev.kallsyms.cli.ExitCode;
import dev.kallsyms.cli.Inputs;
import dev.kallsyms.cli.Launcher;
import dev.kallsyms.cli.VerboseOption;
import dev.kallsyms.debian.InfraException;
import dev.kallsyms.debian.host.Directories;
import dev.kallsyms.debian.host.HostTools;
import dev.kallsyms.fixtures.Corpus;
import dev.kallsyms.reference.ReferenceKallsyms;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Times bin/kallsyms against the C reference, interleaved in one run, and prints the ratios per scenario. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Times bin/kallsyms (JVM start included) against the C reference of the same generation"
                + " on real maps from the fixtures corpus (and, with --all, on generated 2,000,000-symbol maps),"
                + " interleaving the runs, and prints one table: median wall times, their ratio, peak RSS and its"
                + " ratio, each against its goal. Exit status 1 (FAILED) when a scenario misses a goal, 3"
                + " (GENERATOR_MISMATCH) when the outputs differ; the table below is every command's.")
public final class BenchMain implements Callable<Integer> {
    private static final long SEED = 20261125L;

    @Option(names = "--runs", defaultValue = "7", description = "Runs of each program per real-map scenario (default ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--large-runs", defaultValue = "1",
            description = "Runs of each program per synthetic scenario (2M symbols: 15-30 s each; default ${DEFAULT-VALUE}).")
    int largeRuns;

    @Option(names = "--scenario", description = "Only this scenario (default: the real-map ones of scenarios.txt).")
    String only;

    @Option(names = "--all", description = "Also the synthetic 2M-symbol scenarios (minutes; the peak-RSS goal).")
    boolean all;

    @Option(names = "--launcher", defaultValue = "bin/kallsyms",
            description = "The Java generator's launcher (default ${DEFAULT-VALUE}).")
    Path launcher;

    @Mixin
    VerboseOption verbose;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** Failures caught once: a one-line message and a status of {@link ExitCode}. */
    public static CommandLine commandLine() {
        return new Launcher().classify(InfraException.class, ExitCode.INFRA).commandLine(new BenchMain());
    }

    @Override
    public Integer call() throws Exception {
        Inputs.atLeastOne("--runs", runs);
        Inputs.atLeastOne("--large-runs", largeRuns);
        Inputs.existingFile("--launcher", launcher);
        if (only != null) {
            Inputs.oneOf("--scenario", only, scenarios().stream().map(Scenario::name).toList());
        }
        HostTools.system().ensure("to time both programs and read their peak memory", List.of(TimedRun.TIME));
        // wall times mean little on a busy machine: say how busy it was
        System.out.println("load average at start: " + Files.readString(Path.of("/proc/loadavg")).strip());
        System.out.println(Result.HEADER);
        List<ExitCode> outcomes = new ArrayList<>();
        List<String> references = new ArrayList<>();
        Path scratch = Files.createTempDirectory("kallsyms-bench");
        try {
            for (Scenario scenario : scenarios()) {
                if (only == null ? all || !scenario.synthetic() : only.equals(scenario.name())) {
                    ReferenceKallsyms reference = ReferenceKallsyms.forGeneration(scenario.generation());
                    Result result = bench(scenario, reference, scratch);
                    System.out.println(result.row());
                    outcomes.add(!result.identical() ? ExitCode.GENERATOR_MISMATCH
                            : result.fastEnough() && result.smallEnough() ? ExitCode.OK : ExitCode.FAILED);
                    String from = scenario.generation() + " from " + reference.packageVersion();
                    if (!references.contains(from)) {
                        references.add(from);
                    }
                }
            }
        } finally {
            Directories.delete(scratch);
        }
        System.out.println("C references: " + String.join(", ", references) + "; wall = median of " + runs
                + " runs (" + largeRuns + " for synthetic maps), RSS = highest of them");
        return ExitCode.worst(outcomes).code();
    }

    private Result bench(Scenario scenario, ReferenceKallsyms reference, Path scratch)
            throws IOException, InterruptedException {
        Path map = map(scenario, scratch);
        long lines = countLines(map);
        List<String> c = command(List.of(reference.binary().toString()), scenario, map);
        List<String> java = command(List.of(launcher.toString(), "--kernel-version", scenario.generation()), scenario, map);
        int n = scenario.synthetic() ? largeRuns : runs;
        if (!scenario.synthetic()) {
            TimedRun.run("java", java, scratch); // first run of the launcher may create its class-data archive
        }
        Measurement cTimes = new Measurement();
        Measurement javaTimes = new Measurement();
        boolean identical = true;
        for (int i = 0; i < n; i++) {
            TimedRun.Outcome co = TimedRun.run("c", c, scratch);
            TimedRun.Outcome jo = TimedRun.run("java", java, scratch);
            cTimes.add(co.wallSeconds(), co.cpuSeconds(), co.peakRssKb());
            javaTimes.add(jo.wallSeconds(), jo.cpuSeconds(), jo.peakRssKb());
            identical &= co.exitCode() == jo.exitCode() && co.sameOutput(jo);
        }
        return new Result(scenario, lines, cTimes, javaTimes, identical);
    }

    /** The scenario's map in the scratch directory, written once per bench run. */
    private static Path map(Scenario scenario, Path scratch) throws IOException {
        Path map = scratch.resolve(scenario.map().replace(':', '-') + ".map");
        if (!Files.exists(map)) {
            if (scenario.synthetic()) {
                SyntheticMap.write(map, scenario.syntheticSymbols(), SEED);
            } else {
                Files.write(map, Corpus.get(scenario.map()).bytes());
            }
        }
        return map;
    }

    private static long countLines(Path map) throws IOException {
        try (var lines = Files.lines(map, StandardCharsets.ISO_8859_1)) {
            return lines.count();
        }
    }

    private static List<String> command(List<String> program, Scenario scenario, Path map) {
        List<String> command = new ArrayList<>(program);
        command.addAll(scenario.options());
        if (scenario.generation().equals("5.10")) { // 5.10 reads its map from stdin only
            List<String> viaStdin = new ArrayList<>(List.of("sh", "-c", "exec \"$@\" < \"$0\"", map.toString()));
            viaStdin.addAll(command);
            return viaStdin;
        }
        command.add(map.toString());
        return command;
    }

    private static List<Scenario> scenarios() throws IOException {
        try (InputStream in = BenchMain.class.getResourceAsStream("scenarios.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(Scenario::parse)
                    .toList();
        }
    }
}
