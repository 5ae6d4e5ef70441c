package dev.kallsyms.harness.diagnosis;

import dev.kallsyms.harness.CellResult;
import dev.kallsyms.harness.PassFiles;
import dev.kallsyms.harness.PassRecord;
import dev.kallsyms.harness.report.MetadataJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Diagnoses one cell from its results directory: finds the ELF of every pass (in the output tree, or the
 * wrapper's hard links under .harness/calls/N/tree when the link script deleted it) and the final ELF, and
 * writes diagnosis.txt and diagnosis.json beside metadata.json (and into the bundle when there is one).
 */
public final class CellDiagnosis {
    private static final String CALLS = ".harness/calls";

    private CellDiagnosis() {
    }

    public static Diagnosis diagnose(Path cellDir) {
        CellResult result = MetadataJson.read(cellDir);
        Path tree = cellDir.resolve(result.files().getOrDefault("tree", "build")).normalize();
        PassFiles files = PassFiles.forGeneration(result.cell().kernel());
        List<LinkImage> images = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        for (int pass : new LinkedHashSet<>(result.passes().stream().map(PassRecord::pass).toList())) {
            Optional<Path> elf = files.elf(pass).flatMap(name -> find(tree, name));
            if (elf.isPresent()) {
                images.add(LinkImageReader.read(elf.get(), "pass " + pass));
                paths.add(cellDir.relativize(elf.get()).toString());
            }
        }
        Path finalElf = tree.resolve(files.finalElf());
        if (Files.isRegularFile(finalElf)) {
            images.add(LinkImageReader.read(finalElf, "final"));
            paths.add(cellDir.relativize(finalElf).toString());
        }
        if (images.size() < 2) {
            throw new IllegalArgumentException(cellDir + ": fewer than two ELF files of the link are left in "
                    + tree + " (a diagnosis compares passes)");
        }
        return Diagnosis.of(result.cell().id(), images, paths);
    }

    /** Diagnoses the cell and writes its files; the bundle (if any) gets them too. */
    public static Diagnosis write(Path cellDir) {
        Diagnosis d = diagnose(cellDir);
        DiagnosisFiles.write(d, cellDir);
        return d;
    }

    /**
     * For the harness's report step: diagnoses a cell whose link did not converge and writes the files, or
     * returns the reason it could not (the ELF files gone, an unreadable file); never throws, because a
     * failed diagnosis must not cost the cell its other results.
     */
    public static java.util.Optional<String> attach(Path cellDir) {
        try {
            write(cellDir);
            return java.util.Optional.empty();
        } catch (RuntimeException e) {
            return java.util.Optional.of("diagnosis failed: " + e.getMessage());
        }
    }

    /** The pass file in the tree, else the newest wrapper snapshot of it. */
    static Optional<Path> find(Path tree, String name) {
        if (Files.isRegularFile(tree.resolve(name))) {
            return Optional.of(tree.resolve(name));
        }
        Path calls = tree.resolve(CALLS);
        if (!Files.isDirectory(calls)) {
            return Optional.empty();
        }
        try (Stream<Path> dirs = Files.list(calls)) {
            return dirs.sorted(Comparator.comparing(CellDiagnosis::callNumber).reversed())
                    .map(d -> d.resolve("tree").resolve(name)).filter(Files::isRegularFile).findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int callNumber(Path dir) {
        try {
            return Integer.parseInt(dir.getFileName().toString());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
