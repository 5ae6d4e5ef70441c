package dev.kallsyms.harness;

import dev.kallsyms.harness.PassRecord.FileDigest;
import dev.kallsyms.harness.PassRecord.GeneratorRun;
import dev.kallsyms.harness.StageReport.KernelVerdict;
import dev.kallsyms.harness.StageReport.PassStage;
import dev.kallsyms.harness.StageReport.SymbolDiff;
import java.util.List;
import java.util.Map;

/** Hand-made records for tests of verdicts, metadata and reports. */
public final class Samples {
    public static final Cell CELL = new Cell("6.1", "gcc-12", "tinyconfig",
            List.of("CONFIG_EXPERT=y", "CONFIG_KALLSYMS=y"), List.of("KALLSYMS_EXTRA_PASS=1"));

    /** The Debian package versions the project's references were built from (2026-11-25). */
    private static final Map<String, String> PACKAGES = Map.of("5.10", "5.10.262-1", "6.1", "6.1.190-1",
            "6.12", "6.12.113-1", "7.2", "7.2.13-1");

    private Samples() {
    }

    public static PassRecord pass(int pass, boolean equal) {
        FileDigest in = new FileDigest("build/.harness/calls/" + (pass - 1) + "/input.map", 1000, 40, "aa");
        FileDigest c = new FileDigest("build/.harness/calls/" + (pass - 1) + "/c.out", 5000, 300, "bb");
        FileDigest java = new FileDigest("build/.harness/calls/" + (pass - 1) + "/java.out", 5000, 300,
                equal ? "bb" : "cc");
        return new PassRecord(pass, pass - 1, List.of("--base-relative", ".tmp_vmlinux.kallsyms" + pass + ".syms"),
                ".tmp_vmlinux.kallsyms" + pass + ".S", false, in, new GeneratorRun(0, 12.5, c, ""),
                new GeneratorRun(0, 480.0, java, ""), equal, equal ? -1 : 4242, null);
    }

    public static SymbolDiff noDiff() {
        return new SymbolDiff(0, 0, 0, 0, 0, List.of(), List.of());
    }

    public static StageReport stage(KernelVerdict kernel, SymbolDiff lastToFinal) {
        PassStage p1 = new PassStage(1, ".tmp_vmlinux.kallsyms1", 8000, Map.of(), 60000, null);
        PassStage p2 = new PassStage(2, ".tmp_vmlinux.kallsyms2", 8010, Map.of("kallsyms_names", 50000L), 60000,
                new SymbolDiff(10, 0, 0, 0, 3000, List.of("added kallsyms_names 0x80500000"), List.of()));
        PassStage fin = new PassStage(-1, "vmlinux", 8010, Map.of("kallsyms_names", 50000L), -1, lastToFinal);
        return new StageReport(List.of(p1, p2), fin, lastToFinal, 2, 3, kernel,
                kernel == KernelVerdict.INCONSISTENT ? "Inconsistent kallsyms data\nTry \"make KALLSYMS_EXTRA_PASS=1\""
                        : null, 35.0);
    }

    public static CellResult result(Verdict verdict, List<String> reasons, List<PassRecord> passes,
                                    StageReport stage) {
        return result(CELL, verdict, reasons, passes, stage);
    }

    public static CellResult result(Cell cell, Verdict verdict, List<String> reasons, List<PassRecord> passes,
                                    StageReport stage) {
        return new CellResult(CellResult.SCHEMA, cell, verdict, reasons, 1, "2026-11-25T01:00:00Z",
                "2026-11-25T01:04:00Z",
                new CellResult.KernelInfo(cell.kernel(), "linux-source-" + cell.kernel(),
                        PACKAGES.getOrDefault(cell.kernel(), cell.kernel() + ".1-1"), "/cache/trees/x"),
                new CellResult.ToolchainInfo(cell.toolchain(), "bookworm", "kallsyms-toolchain:gcc-12-abc", "sha256:1",
                        "kallsyms-base:bookworm", Map.of("compiler", "arm-linux-gnueabihf-gcc (Debian 12.2.0-14) 12.2.0"),
                        List.of("ARCH=arm", "CROSS_COMPILE=arm-linux-gnueabihf-")),
                new CellResult.GeneratorInfo("/x/kallsyms.jar", "dd", "interposed"),
                Map.of("image", 100L, "vmlinux", 200000L), passes, stage,
                new CellResult.ConfigReport(List.of("CONFIG_EXPERT=y", "CONFIG_KALLSYMS=y"), List.of(),
                        List.of("CONFIG_KALLSYMS=y")),
                verdict == Verdict.PASS ? readback() : null, null,
                Map.of("log", "build.log", "tree", "build"));
    }

    public static ReadbackReport readback() {
        return new ReadbackReport("vmlinux", "build/.harness/calls/1/map", "6.1", "BASE_RELATIVE", 8010, 8010, 8010,
                null, List.of(), 41.5, 3.2, null);
    }
}
