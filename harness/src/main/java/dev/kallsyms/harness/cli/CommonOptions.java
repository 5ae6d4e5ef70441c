package dev.kallsyms.harness.cli;

import dev.kallsyms.cli.BadInputException;
import dev.kallsyms.cli.Inputs;
import dev.kallsyms.cli.Launcher;
import dev.kallsyms.debian.CacheRoot;
import dev.kallsyms.harness.LinkMode;
import dev.kallsyms.harness.RunOptions;
import dev.kallsyms.harness.report.ReproduceScript;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import picocli.CommandLine.Option;

/** Options of every command that builds cells. */
public final class CommonOptions {
    @Option(names = "--jobs", paramLabel = "N", description = "make -j for each build (default: ${DEFAULT-VALUE}).")
    int jobs = 2;

    @Option(names = "--output", paramLabel = "DIR",
            description = "Results root; each cell gets DIR/<cell id>/ (default: results/<date-time>).")
    Path output;

    @Option(names = "--generator-jar", paramLabel = "JAR",
            description = "The Java generator (default: lib/kallsyms-generator.jar of the distribution, "
                    + "generator/target/kallsyms.jar of a checkout).")
    Path generatorJar;

    @Option(names = "--stop-on-mismatch", description = "Fail the link at the first pass where C and Java differ.")
    boolean stopOnMismatch;

    @Option(names = "--no-interpose", negatable = false,
            description = "Build with the tree's own scripts/kallsyms only (to measure the harness's overhead).")
    boolean noInterpose;

    @Option(names = "--drop-in", negatable = false,
            description = "Put bin/kallsyms in the tree as the README says (scripts/kallsyms a symlink to it, called "
                    + "by the kernel's own link script) and check afterwards: the tree's C program runs on each "
                    + "pass's map and must give the .S the build used.")
    boolean dropIn;

    @Option(names = "--no-ccache", negatable = false, description = "Do not compile through ccache.")
    boolean noCcache;

    @Option(names = "--no-boot", negatable = false,
            description = "Do not boot passing cells under qemu (by default those whose defconfig is in boot/'s "
                    + "boot table are booted and their /proc/kallsyms compared).")
    boolean noBoot;

    @Option(names = "--timeout", paramLabel = "MINUTES", description = "Limit per make call (default: ${DEFAULT-VALUE}).")
    long timeoutMinutes = 240;

    @Option(names = "--memory", paramLabel = "SIZE", converter = MemorySize.class,
            description = "Memory limit of each build container, e.g. 4g or 512m (default: none). A process the "
                    + "kernel kills for want of memory makes the cell INFRA.")
    long memoryBytes;

    @Option(names = Launcher.VERBOSE, description = "Echo the build output on the terminal; on an error, print "
            + "its stack trace too.")
    boolean verbose;

    /** Refuses bad values before any work; makes the output directory. */
    void check() {
        Inputs.atLeastOne("--jobs", jobs);
        if (timeoutMinutes < 1) {
            throw new BadInputException("--timeout must be at least 1 (minutes), not " + timeoutMinutes);
        }
        if (noInterpose && dropIn) {
            throw new BadInputException("--drop-in and --no-interpose exclude each other");
        }
        Path jar = generatorJar();
        if (!noInterpose && !Files.isRegularFile(jar)) {
            throw new BadInputException("generator jar " + jar + " is missing (mvn -q -DskipTests package, "
                    + "or --generator-jar)");
        }
        Inputs.outputDirectory("--output", outputDir());
        FreeSpace.require(outputDir(), "results, --output");
        FreeSpace.require(CacheRoot.get(), "kernel trees and ccache, KALLSYMS_CACHE");
    }

    Path generatorJar() {
        return generatorJar != null ? generatorJar : defaultGeneratorJar();
    }

    @Option(names = "--link-c",
            description = "Link the C program's output instead of the Java generator's (both still run and are "
                    + "compared in every pass): to follow a link the way the tree's own C program, e.g. one changed "
                    + "by --patch, makes it.")
    boolean linkC;

    RunOptions toRunOptions(TerminalProgress progress) {
        check();
        return RunOptions.defaults(outputDir(), generatorJar().toAbsolutePath())
                .withJobs(jobs)
                .withStopOnMismatch(stopOnMismatch)
                .withMode(noInterpose ? LinkMode.PLAIN : dropIn ? LinkMode.DROP_IN : LinkMode.INTERPOSED)
                .withCcache(!noCcache)
                .withBoot(!noBoot)
                .withTimeout(Duration.ofMinutes(timeoutMinutes))
                .withMemoryBytes(memoryBytes)
                .withLinkC(linkC)
                .withProgress(progress);
    }

    /** --resume DIR: the results go into DIR; an --output naming another directory is a contradiction. */
    void resumeInto(Path dir) {
        if (output != null && !output.toAbsolutePath().normalize().equals(dir.toAbsolutePath().normalize())) {
            throw new BadInputException("--resume " + dir + " and --output " + output + " name different "
                    + "directories");
        }
        if (!Files.isDirectory(dir)) {
            throw new BadInputException("--resume " + dir + ": no such results directory");
        }
        output = dir;
    }

    /** The distribution's lib/kallsyms-generator.jar when the harness runs from one, else the checkout's build. */
    static Path defaultGeneratorJar() {
        Path distribution = home().resolve("lib/kallsyms-generator.jar");
        return Files.isRegularFile(distribution) ? distribution : home().resolve("generator/target/kallsyms.jar");
    }

    Path outputDir() {
        if (output == null) {
            output = home().resolve("results")
                    .resolve(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        }
        return output.toAbsolutePath();
    }

    static Path home() {
        String home = System.getenv(ReproduceScript.HOME_ENV);
        return home != null ? Path.of(home) : Path.of("").toAbsolutePath();
    }
}
