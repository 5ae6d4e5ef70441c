package dev.kallsyms.harness.cli;

import dev.kallsyms.cli.BadInputException;
import dev.kallsyms.cli.ExitCode;
import dev.kallsyms.cli.Inputs;
import dev.kallsyms.cli.VerboseOption;
import dev.kallsyms.harness.diagnosis.CellDiagnosis;
import dev.kallsyms.harness.diagnosis.Diagnosis;
import dev.kallsyms.harness.diagnosis.DiagnosisFiles;
import dev.kallsyms.harness.diagnosis.DiagnosisText;
import dev.kallsyms.harness.diagnosis.Explanation;
import dev.kallsyms.harness.diagnosis.LinkImage;
import dev.kallsyms.harness.diagnosis.LinkImageReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "diagnose", mixinStandardHelpOptions = true,
        description = {"Explains why a link did not converge: compares the ELF of every kallsyms pass and the "
                + "final vmlinux (symbols added/removed, type letters, order, address shifts, sections, table "
                + "sizes) and names the first link of the chain.",
                "Writes diagnosis.txt and diagnosis.json into each cell directory (and its bundle) and prints "
                        + "the text. Exit 0 when every link converged, 4 (STAGE_INCONSISTENT) when one did not."})
public final class DiagnoseCommand implements Callable<Integer> {
    @Parameters(paramLabel = "CELL_DIR", arity = "0..*", description = "Cell result directories (with metadata.json).")
    List<Path> cells = new ArrayList<>();

    @Option(names = "--elf", paramLabel = "FILE",
            description = "Instead of a cell: ELF files of one link in pass order, the last being the final one.")
    List<Path> elfs = new ArrayList<>();

    @Option(names = "--output", paramLabel = "DIR", description = "With --elf: also write the two files here.")
    Path output;

    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() {
        if (cells.isEmpty() == elfs.isEmpty()) {
            throw new BadInputException("diagnose takes cell directories or --elf files (one of the two)");
        }
        cells.forEach(c -> Inputs.existingDirectory("cell directory", c));
        elfs.forEach(f -> Inputs.existingFile("--elf", f));
        if (output != null) {
            Inputs.outputDirectory("--output", output);
        }
        List<Diagnosis> diagnoses = new ArrayList<>();
        for (Path cell : cells) {
            diagnoses.add(CellDiagnosis.write(cell));
        }
        if (!elfs.isEmpty()) {
            diagnoses.add(fromFiles());
        }
        diagnoses.forEach(d -> System.out.println(DiagnosisText.render(d)));
        boolean converged = diagnoses.stream().allMatch(d -> d.explanation().cause() == Explanation.Cause.NONE);
        return (converged ? ExitCode.OK : ExitCode.STAGE_INCONSISTENT).code();
    }

    private Diagnosis fromFiles() {
        List<LinkImage> images = new ArrayList<>();
        for (int i = 0; i < elfs.size(); i++) {
            String label = i == elfs.size() - 1 ? "final" : elfs.get(i).getFileName().toString();
            images.add(LinkImageReader.read(elfs.get(i), label));
        }
        Diagnosis d = Diagnosis.of(elfs.get(0).toAbsolutePath().getParent().toString(), images,
                elfs.stream().map(Path::toString).toList());
        if (output != null) {
            DiagnosisFiles.write(d, output);
        }
        return d;
    }
}
