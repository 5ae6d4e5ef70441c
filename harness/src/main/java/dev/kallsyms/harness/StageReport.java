package dev.kallsyms.harness;

import java.util.List;
import java.util.Map;

/**
 * What the ELF files of one link say about its kallsyms passes.
 *
 * @param passes          one entry per pass that has a temporary vmlinux, in pass order
 * @param finalLink       the final ELF (vmlinux, or vmlinux.unstripped on 7.2); null when the link did not get there
 * @param lastPassToFinal how the final ELF differs from the last pass's ELF; all counts 0 in a consistent link
 * @param kallsymsRuns    how many times the link ran scripts/kallsyms (the wrapper's calls)
 * @param linkPasses      how many times the link ran the linker for vmlinux (temporary ELFs + final)
 * @param kernelVerdict   the link script's own check: CLEAN, INCONSISTENT, or NOT_REACHED
 * @param kernelMessage   the kernel's error lines when it reported inconsistency, else null
 * @param elfReadMs       time spent reading all ELF files of the link
 */
public record StageReport(List<PassStage> passes, PassStage finalLink, SymbolDiff lastPassToFinal,
                          int kallsymsRuns, int linkPasses, KernelVerdict kernelVerdict, String kernelMessage,
                          double elfReadMs) {
    public StageReport {
        passes = List.copyOf(passes);
    }

    public enum KernelVerdict { CLEAN, INCONSISTENT, NOT_REACHED }

    /** True when the final ELF's symbols sit exactly where the last pass's did (our own check). */
    public boolean finalMatchesLastPass() {
        return lastPassToFinal == null || lastPassToFinal.isEmpty();
    }

    /**
     * One ELF of the link.
     *
     * @param pass             pass number, or -1 for the final ELF
     * @param elf              file name in the output tree
     * @param symbols          symbols that name a location (no section, file or ARM mapping symbols)
     * @param kallsymsObjects  kallsyms_* table name to size in bytes (up to the next symbol when the
     *                         assembler gave no size)
     * @param kallsymsObjectFileBytes size of the assembled kallsyms object of this pass (what the link script
     *                         compares to decide on another pass); -1 when absent
     * @param fromPrevious     difference from the previous pass's ELF; null for the first
     */
    public record PassStage(int pass, String elf, int symbols, Map<String, Long> kallsymsObjects,
                            long kallsymsObjectFileBytes, SymbolDiff fromPrevious) {
        public PassStage {
            kallsymsObjects = Map.copyOf(kallsymsObjects);
        }
    }

    /**
     * Symbol differences between two ELFs of one link, keyed by name and occurrence.
     *
     * @param reordered the fewest symbols that would have to move to restore the first ELF's address order
     * @param examples  a few lines per kind, e.g. {@code moved kallsyms_markers 0x80a1c0 -> 0x80a1c8}
     * @param sections  allocated sections whose address, size or alignment changed
     */
    public record SymbolDiff(int added, int removed, int retyped, int reordered, int moved, List<String> examples,
                             List<String> sections) {
        public SymbolDiff {
            examples = List.copyOf(examples);
            sections = List.copyOf(sections);
        }

        public boolean isEmpty() {
            return added == 0 && removed == 0 && retyped == 0 && reordered == 0 && moved == 0;
        }
    }
}
