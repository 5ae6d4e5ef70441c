package dev.kallsyms.boot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.kallsyms.boot.BootCheck;
import dev.kallsyms.boot.BootRequest;
import dev.kallsyms.boot.BootResult;
import dev.kallsyms.boot.BootTable;
import dev.kallsyms.cli.BadInputException;
import dev.kallsyms.cli.ExitCode;
import dev.kallsyms.cli.Inputs;
import dev.kallsyms.cli.Launcher;
import dev.kallsyms.cli.VerboseOption;
import dev.kallsyms.containers.Toolchain;
import dev.kallsyms.containers.Toolchains;
import dev.kallsyms.debian.InfraException;
import dev.kallsyms.fixtures.KernelVersion;
import dev.kallsyms.fixtures.Kernels;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code bin/boot-check}: the boot check on a tree that is already built (a harness cell's build/). */
@Command(name = "boot-check", mixinStandardHelpOptions = true,
        description = "Boots a built ARM kernel tree under qemu and compares its /proc/kallsyms with System.map. "
                + "Writes console.log, make.log and result.json to the output directory; exit 0 when PASSED, "
                + "1 when not (the exit status table below is every command's: the README's \"Exit status\").")
public final class BootMain implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "TREE", description = "The O= directory (vmlinux, System.map, .config).")
    Path tree;

    @Option(names = "--kernel", required = true, paramLabel = "GEN", description = "Kernel generation, e.g. 6.1.")
    String kernel;

    @Option(names = "--toolchain", required = true, paramLabel = "ID", description = "Toolchain recipe, e.g. gcc-12.")
    String toolchain;

    @Option(names = "--defconfig", required = true, paramLabel = "TARGET",
            description = "The defconfig the tree was configured with (a row of boot-targets.tsv).")
    String defconfig;

    @Option(names = "--make-var", paramLabel = "NAME=VALUE",
            description = "A make variable the build used besides the toolchain's own (e.g. the harness's "
                    + "'CC=ccache arm-linux-gnueabihf-gcc' and 'HOSTCC=ccache gcc'). Repeatable. Different "
                    + "variables would make kbuild rebuild and relink; the check refuses that.")
    List<String> makeVars = new ArrayList<>();

    @Option(names = "--jobs", paramLabel = "N", description = "make -j (default: ${DEFAULT-VALUE}).")
    int jobs = 2;

    @Option(names = "--output", paramLabel = "DIR", description = "Default: TREE/../boot.")
    Path output;

    @Option(names = "--table", paramLabel = "FILE",
            description = "A boot table of your own, in boot-targets.tsv's form (default: the shipped one).")
    Path table;

    @Option(names = "--boot-timeout", paramLabel = "SECONDS", description = "Default: ${DEFAULT-VALUE}.")
    long bootTimeoutSeconds = BootRequest.DEFAULT_BOOT_TIMEOUT.toSeconds();

    @Mixin
    VerboseOption verbose;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** Failures caught once: a one-line message and a status of {@link ExitCode}. */
    public static CommandLine commandLine() {
        return new Launcher().classify(InfraException.class, ExitCode.INFRA).commandLine(new BootMain());
    }

    private BootTable table() throws IOException {
        String text = Files.readString(Inputs.existingFile("--table", table));
        try {
            return BootTable.parse(text);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--table " + table + ": " + e.getMessage(), e);
        }
    }

    /** Refuses bad input before any image, tree or container work. */
    private BootTable checkInputs() throws IOException {
        Inputs.existingDirectory("TREE", tree);
        for (String built : List.of(".config", "System.map")) {
            if (!Files.isRegularFile(tree.resolve(built))) {
                throw new BadInputException("TREE " + tree + " has no " + built + " (not a built kernel's O= tree)");
            }
        }
        Inputs.oneOf("--kernel", kernel, Kernels.all().stream().map(KernelVersion::generation).toList());
        Inputs.oneOf("--toolchain", toolchain, Toolchains.all().stream().map(Toolchain::id).toList());
        BootTable bootTable = table == null ? BootTable.standard() : table();
        Inputs.oneOf("--defconfig", defconfig, bootTable.defconfigs());
        Inputs.atLeastOne("--jobs", jobs);
        if (bootTimeoutSeconds < 1) {
            throw new BadInputException("--boot-timeout must be at least 1 (seconds), not " + bootTimeoutSeconds);
        }
        return bootTable;
    }

    @Override
    public Integer call() throws Exception {
        BootTable bootTable = checkInputs();
        Path treeDir = tree.toAbsolutePath().normalize();
        Path out = Inputs.outputDirectory("--output", output != null ? output : treeDir.resolveSibling("boot"));
        BootRequest base = BootRequest.forBuild(defconfig, kernel, toolchain, List.of(), treeDir, jobs, out);
        List<String> vars = new ArrayList<>(base.toolchainImage().toolchain().makeVars());
        vars.addAll(makeVars);
        BootRequest request = new BootRequest(defconfig, treeDir, base.sourceTree(), base.toolchainImage(), vars,
                jobs, out, base.makeTimeout(), Duration.ofSeconds(bootTimeoutSeconds));
        BootResult result = BootCheck.of(bootTable).run(request);
        String json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(result);
        Files.writeString(out.resolve("result.json"), json + "\n");
        System.out.println(json);
        return (result.passed() ? ExitCode.OK : ExitCode.FAILED).code();
    }
}
