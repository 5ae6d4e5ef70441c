package dev.kallsyms.harness.cli;

import dev.kallsyms.cli.BadInputException;
import dev.kallsyms.cli.ExitCode;
import dev.kallsyms.cli.Inputs;
import dev.kallsyms.cli.VerboseOption;
import dev.kallsyms.fixtures.KernelVersion;
import dev.kallsyms.fixtures.Kernels;
import dev.kallsyms.harness.ReadbackReport;
import dev.kallsyms.harness.stage.ReadbackCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "readback", mixinStandardHelpOptions = true,
        description = {"Decodes the kallsyms tables out of a built ELF and compares them, entry by entry, with the "
                + "map they were made from (what every PASS cell gets automatically).",
                "PATH is a cell's results directory (its metadata.json says the generation, the final ELF and the "
                        + "last pass's map and command line), or an ELF file given with --map and --kernel.",
                "Exit status: 0 when the tables read back as expected, 1 (FAILED) when not, 2 on bad input."})
public final class ReadbackCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", description = "A cell results directory, or a vmlinux (with --map).")
    Path path;

    @Option(names = "--map", paramLabel = "MAP", description = "The nm map the ELF's tables were generated from.")
    Path map;

    @Option(names = "--kernel", paramLabel = "GEN", description = "Kernel generation of the ELF (5.10, 6.1, 6.12, 7.2).")
    String kernel;

    @Option(names = "--kallsyms-arg", paramLabel = "ARG",
            description = "A switch scripts/kallsyms was given for that map, e.g. --kallsyms-arg=--all-symbols, "
                    + "--kallsyms-arg=--base-relative (repeatable).")
    List<String> kallsymsArgs = new ArrayList<>();

    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() {
        ReadbackReport report = Files.isDirectory(path) ? fromCell() : fromFiles();
        System.out.println(report.summary());
        if (report.error() == null) {
            System.out.printf("generation %s, %s; %d entries decoded; decode %.1f ms, compare %.1f ms%n",
                    report.generation(), report.encoding(), report.entriesDecoded(), report.decodeMs(),
                    report.compareMs());
        }
        report.defects().forEach(d -> System.out.println("defect: " + d));
        return (report.ok() ? ExitCode.OK : ExitCode.FAILED).code();
    }

    private ReadbackReport fromCell() {
        return ReadbackCheck.cellDirectory(path);
    }

    private ReadbackReport fromFiles() {
        Inputs.existingFile("ELF", path);
        if (map == null || kernel == null) {
            throw new BadInputException("an ELF file needs --map and --kernel");
        }
        Inputs.existingFile("--map", map);
        Inputs.oneOf("--kernel", kernel, Kernels.all().stream().map(KernelVersion::generation).toList());
        return ReadbackCheck.check(path, path.toString(), map, map.toString(), kallsymsArgs, kernel);
    }
}
