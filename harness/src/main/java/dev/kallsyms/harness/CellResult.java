package dev.kallsyms.harness;

import dev.kallsyms.boot.BootResult;
import java.util.List;
import java.util.Map;

/**
 * Everything the harness learnt about one cell; metadata.json is this record (see harness/METADATA.md).
 *
 * @param schema        version of this JSON form
 * @param cell          what was built
 * @param verdict       the verdict (see {@link Verdict} for precedence)
 * @param reasons       one line per finding behind the verdict, worst first
 * @param attempts      1, or 2 when the first attempt ended INFRA and was retried
 * @param startedAt     ISO-8601 instant
 * @param finishedAt    ISO-8601 instant
 * @param kernel        the source tree used; null if it could not be had
 * @param toolchain     the image used; null if it could not be had
 * @param generator     the Java generator jar that was interposed
 * @param phasesMs      wall time per phase in order (image, tree, container, config, scripts, vmlinux, checks)
 * @param passes        every kallsyms call of the link, in call order
 * @param stage         what the ELF files say about the passes; null when the link never started
 * @param config        how the fragments fared in the final .config
 * @param readback      the final ELF's kallsyms tables decoded and compared with the last pass's map; null
 *                      unless the cell was otherwise PASS
 * @param boot          the boot check under qemu (boot/); null unless the cell was otherwise PASS and its
 *                      defconfig has a qemu machine in boot-targets.tsv
 * @param files         name to path relative to the cell directory (log, junit, bundle, reproduce, tree)
 */
public record CellResult(int schema, Cell cell, Verdict verdict, List<String> reasons, int attempts,
                         String startedAt, String finishedAt, KernelInfo kernel, ToolchainInfo toolchain,
                         GeneratorInfo generator, Map<String, Long> phasesMs, List<PassRecord> passes,
                         StageReport stage, ConfigReport config, ReadbackReport readback,
                         BootResult boot, Map<String, String> files) {
    /**
     * 2 added {@code readback} and the READBACK_MISMATCH verdict; 3 added {@code boot} and the BOOT_FAILED
     * verdict; 4 added the UNCHECKED verdict; 5 added {@code cell.patches} and {@code kernel.patches}; 6 added the
     * HARNESS_ERROR and TIMED_OUT verdicts; 7 added {@code generator.mode}
     * (drop-in cells).
     */
    public static final int SCHEMA = 7;

    public CellResult {
        reasons = List.copyOf(reasons);
        phasesMs = phasesMs == null ? Map.of() : java.util.Collections.unmodifiableMap(
                new java.util.LinkedHashMap<>(phasesMs));
        passes = List.copyOf(passes);
        files = files == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(files));
    }

    /** A cell whose attempt stopped before anything about it was known (not even its directory). */
    public static CellResult stopped(Cell cell, Verdict verdict, String reason) {
        String now = java.time.Instant.now().toString();
        return new CellResult(SCHEMA, cell, verdict, List.of(reason), 1, now, now, null, null, null, Map.of(),
                List.of(), null, null, null, null, Map.of());
    }

    /** The second attempt's result, keeping why the first one failed as its last reason. */
    public CellResult afterRetry(CellResult first) {
        List<String> all = new java.util.ArrayList<>(reasons);
        all.add("first attempt: " + String.join("; ", first.reasons()));
        return new CellResult(schema, cell, verdict, all, 2, startedAt, finishedAt, kernel, toolchain, generator,
                phasesMs, passes, stage, config, readback, boot, files);
    }

    /** The same result with one more reason, last. */
    public CellResult withReason(String reason) {
        List<String> all = new java.util.ArrayList<>(reasons);
        all.add(reason);
        return new CellResult(schema, cell, verdict, all, attempts, startedAt, finishedAt, kernel, toolchain,
                generator, phasesMs, passes, stage, config, readback, boot, files);
    }

    public CellResult withFiles(Map<String, String> more) {
        Map<String, String> all = new java.util.TreeMap<>(files);
        all.putAll(more);
        return new CellResult(schema, cell, verdict, reasons, attempts, startedAt, finishedAt, kernel, toolchain,
                generator, phasesMs, passes, stage, config, readback, boot, all);
    }

    /**
     * The same result after a later step (writing its reports) stopped: the worse of the two verdicts, the
     * stop's reason first.
     */
    public CellResult stoppedAfter(Verdict stopVerdict, String reason) {
        List<String> all = new java.util.ArrayList<>(List.of(reason));
        all.addAll(reasons);
        return new CellResult(schema, cell, Verdict.worst(verdict, stopVerdict), all, attempts, startedAt,
                finishedAt, kernel, toolchain, generator, phasesMs, passes, stage, config, readback, boot, files);
    }

    /** Total wall time of the phases. */
    public long totalMs() {
        return phasesMs.values().stream().mapToLong(Long::longValue).sum();
    }

    /** @param tree the extracted tree on the host */
    public record KernelInfo(String generation, String packageName, String packageVersion, String tree,
                             List<PatchInfo> patches) {
        public KernelInfo {
            patches = patches == null ? List.of() : List.copyOf(patches);
        }

        public KernelInfo(String generation, String packageName, String packageVersion, String tree) {
            this(generation, packageName, packageVersion, tree, List.of());
        }
    }

    /** A patch applied to the cell's copy of the tree, as named on the command line, and its content's digest. */
    public record PatchInfo(String file, String sha256) {
    }

    /**
     * @param imageTag     e.g. kallsyms-toolchain:gcc-12-3f2a9c01b7de
     * @param imageId      sha256:...
     * @param toolVersions compiler, linker, java: first line each printed
     * @param makeVars     the toolchain's make variables (ARCH, CROSS_COMPILE, LLVM)
     */
    public record ToolchainInfo(String id, String suite, String imageTag, String imageId, String baseImage,
                                Map<String, String> toolVersions, List<String> makeVars) {
    }

    /**
     * @param jar    host path
     * @param sha256 of the jar
     * @param mode   how it got into the link: interposed, drop-in or plain (null in results before schema 5)
     */
    public record GeneratorInfo(String jar, String sha256, String mode) {
    }

    /**
     * @param fragmentLines the fragment lines requested, in merge order
     * @param unmet         requested lines the final .config does not have (olddefconfig overrode them)
     * @param kallsyms      the CONFIG_KALLSYMS* lines of the final .config
     */
    public record ConfigReport(List<String> fragmentLines, List<String> unmet, List<String> kallsyms) {
    }
}
