package dev.kallsyms.harness.stage;

import dev.kallsyms.harness.PassFiles;
import dev.kallsyms.harness.StageReport;
import dev.kallsyms.harness.StageReport.KernelVerdict;
import dev.kallsyms.harness.StageReport.PassStage;
import dev.kallsyms.harness.StageReport.SymbolDiff;
import dev.kallsyms.harness.diagnosis.LinkImage;
import dev.kallsyms.harness.diagnosis.LinkImageReader;
import dev.kallsyms.harness.diagnosis.PassComparer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads every pass's temporary vmlinux and the final ELF of one link and compares them in order, with the
 * diagnosis's reader and comparer (one comparison of two ELFs in the project; this keeps its counts).
 */
public final class StageAnalyzer {
    /** The link script's words when System.map and the last pass's map disagree. */
    public static final String INCONSISTENT = "Inconsistent kallsyms data";

    private StageAnalyzer() {
    }

    /**
     * @param outputTree the build's O= directory
     * @param snapshots  further directories holding hard links to pass files (the wrapper's), newest first
     * @param passes     pass numbers the wrapper recorded, in call order
     * @param buildLog   the link's output (for the kernel's own verdict)
     * @param linked     whether make built the final ELF successfully
     */
    public static StageReport analyze(Path outputTree, List<Path> snapshots, PassFiles files, List<Integer> passes,
                                      List<String> buildLog, boolean linked) {
        long start = System.nanoTime();
        List<PassStage> stages = new ArrayList<>();
        LinkImage previous = null;
        for (int pass : passes) {
            Optional<String> elf = files.elf(pass);
            Optional<Path> found = elf.flatMap(name -> find(name, outputTree, snapshots));
            if (found.isEmpty()) {
                continue;
            }
            LinkImage image = LinkImageReader.read(found.get(), "pass " + pass);
            stages.add(stage(pass, elf.get(), image, previous, objectSize(outputTree, files.object(pass))));
            previous = image;
        }
        PassStage finalStage = null;
        SymbolDiff lastToFinal = null;
        Path finalElf = outputTree.resolve(files.finalElf());
        // make deletes a final ELF whose link failed; then only the kernel's own verdict is left
        if (Files.isRegularFile(finalElf)) {
            LinkImage image = LinkImageReader.read(finalElf, "final");
            finalStage = stage(-1, files.finalElf(), image, previous, -1);
            lastToFinal = finalStage.fromPrevious();
        }
        double ms = (System.nanoTime() - start) / 1e6;
        List<String> kernelError = kernelError(buildLog);
        KernelVerdict verdict = !kernelError.isEmpty() ? KernelVerdict.INCONSISTENT
                : linked ? KernelVerdict.CLEAN : KernelVerdict.NOT_REACHED;
        return new StageReport(stages, finalStage, lastToFinal, passes.size(),
                stages.size() + (finalStage != null ? 1 : 0), verdict,
                kernelError.isEmpty() ? null : String.join("\n", kernelError), Math.round(ms * 10) / 10.0);
    }

    /** The inconsistency line and the hint line after it, as the kernel printed them. */
    static List<String> kernelError(List<String> log) {
        for (int i = 0; i < log.size(); i++) {
            if (log.get(i).contains(INCONSISTENT)) {
                return log.subList(i, Math.min(log.size(), i + 2));
            }
        }
        return List.of();
    }

    private static PassStage stage(int pass, String name, LinkImage image, LinkImage previous,
                                   long objectBytes) {
        SymbolDiff diff = previous == null ? null : StageDiff.of(PassComparer.compare(previous, image));
        return new PassStage(pass, name, image.symbols().size(), image.tableSizes(), objectBytes, diff);
    }

    private static Optional<Path> find(String name, Path tree, List<Path> snapshots) {
        if (Files.isRegularFile(tree.resolve(name))) {
            return Optional.of(tree.resolve(name));
        }
        return snapshots.stream().map(d -> d.resolve(name)).filter(Files::isRegularFile).findFirst();
    }

    private static long objectSize(Path tree, String object) {
        try {
            Path file = tree.resolve(object);
            return Files.isRegularFile(file) ? Files.size(file) : -1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
