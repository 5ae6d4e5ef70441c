package dev.kallsyms.bench;

import dev.kallsyms.cli.ExitCode;
import dev.kallsyms.cli.Inputs;
import dev.kallsyms.cli.Launcher;
import dev.kallsyms.cli.VerboseOption;
import dev.kallsyms.fixtures.Corpus;
import dev.kallsyms.reference.ReferenceKallsyms;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Times bin/kallsyms against the C reference, interleaved in one run, and prints the ratio per scenario. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Times bin/kallsyms (JVM start included) against the C reference of the same generation"
                + " on real maps from the fixtures corpus, interleaving the runs, and prints median wall times,"
                + " their ratio and peak RSS. Exit status 1 (FAILED) when a scenario misses its target, 3"
                + " (GENERATOR_MISMATCH) when the outputs differ; the table below is every command's.")
public final class BenchMain implements Callable<Integer> {
    @Option(names = "--runs", defaultValue = "7", description = "Runs of each program per scenario (default ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--scenario", description = "Only this scenario (default: all in scenarios.txt).")
    String only;

    @Option(names = "--launcher", defaultValue = "bin/kallsyms",
            description = "The Java generator's launcher (default ${DEFAULT-VALUE}).")
    Path launcher;

    @Option(names = "--rss-limit-mb", defaultValue = "256", description = "Peak RSS goal for Java (default ${DEFAULT-VALUE}).")
    long rssLimitMb;

    @Mixin
    VerboseOption verbose;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** Failures caught once: a one-line message and a status of {@link ExitCode}. */
    public static CommandLine commandLine() {
        return new Launcher().commandLine(new BenchMain());
    }

    @Override
    public Integer call() throws Exception {
        Inputs.atLeastOne("--runs", runs);
        Inputs.atLeastOne("--rss-limit-mb", rssLimitMb);
        Inputs.existingFile("--launcher", launcher);
        if (only != null) {
            Inputs.oneOf("--scenario", only, scenarios().stream().map(Scenario::name).toList());
        }
        // wall times mean little on a busy machine: say how busy it was
        System.out.println("load average at start: " + Files.readString(Path.of("/proc/loadavg")).strip());
        List<ExitCode> outcomes = new ArrayList<>();
        for (Scenario scenario : scenarios()) {
            if (only == null || only.equals(scenario.name())) {
                outcomes.add(bench(scenario));
            }
        }
        return ExitCode.worst(outcomes).code();
    }

    private ExitCode bench(Scenario scenario) throws IOException, InterruptedException {
        ReferenceKallsyms reference = ReferenceKallsyms.forGeneration(scenario.generation());
        Path scratch = Files.createTempDirectory("kallsyms-bench");
        Path map = scratch.resolve("in.map");
        Files.write(map, Corpus.get(scenario.corpusEntry()).bytes());
        long lines = Files.lines(map, StandardCharsets.ISO_8859_1).count();
        List<String> c = command(List.of(reference.binary().toString()), scenario, map);
        List<String> java = command(List.of(launcher.toString(), "--kernel-version", scenario.generation()), scenario, map);

        TimedRun.run(java, scratch); // first run of the launcher may create its class-data archive
        Measurement cTimes = new Measurement();
        Measurement javaTimes = new Measurement();
        boolean identical = true;
        for (int i = 0; i < runs; i++) {
            TimedRun.Outcome co = TimedRun.run(c, scratch);
            TimedRun.Outcome jo = TimedRun.run(java, scratch);
            cTimes.add(co.wallSeconds(), co.cpuSeconds(), co.peakRssKb());
            javaTimes.add(jo.wallSeconds(), jo.cpuSeconds(), jo.peakRssKb());
            identical &= co.exitCode() == jo.exitCode() && Arrays.equals(co.stdout(), jo.stdout());
        }
        double ratio = javaTimes.median() / cTimes.median();
        boolean fastEnough = ratio <= scenario.targetRatio();
        boolean smallEnough = javaTimes.peakRssKb() <= rssLimitMb * 1024;
        ExitCode met = !identical ? ExitCode.GENERATOR_MISMATCH : fastEnough && smallEnough ? ExitCode.OK
                : ExitCode.FAILED;
        System.out.printf(Locale.ROOT, "%-22s %s %s, %,d lines, %d runs each (C from %s)%n", scenario.name(),
                scenario.generation(), String.join(" ", scenario.options()), lines, runs, reference.packageVersion());
        System.out.printf(Locale.ROOT, "  C     median %.3f s wall, %.3f s CPU   peak RSS %,6d KB%n", cTimes.median(),
                cTimes.cpuMedian(), cTimes.peakRssKb());
        System.out.printf(Locale.ROOT, "  Java  median %.3f s wall, %.3f s CPU   peak RSS %,6d KB%n", javaTimes.median(),
                javaTimes.cpuMedian(), javaTimes.peakRssKb());
        System.out.printf(Locale.ROOT, "  ratio Java/C %.2f wall (target <= %.2f: %s), %.2f CPU; outputs %s;"
                        + " peak RSS goal %d MB: %s%n", ratio, scenario.targetRatio(), verdict(fastEnough),
                javaTimes.cpuMedian() / cTimes.cpuMedian(), identical ? "identical" : "DIFFER", rssLimitMb,
                verdict(smallEnough));
        return met;
    }

    private static String verdict(boolean met) {
        return met ? "MET" : "MISSED";
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
                    .map(BenchMain::scenario)
                    .toList();
        }
    }

    private static Scenario scenario(String line) {
        String[] f = line.split("\\|", -1);
        List<String> options = f[3].isBlank() ? List.of() : List.of(f[3].strip().split("\\s+"));
        return new Scenario(f[0].strip(), f[1].strip(), f[2].strip(), options, Double.parseDouble(f[4].strip()));
    }
}
