package dev.kallsyms.harness.summary;

import dev.kallsyms.boot.BootResult;
import dev.kallsyms.harness.Cell;
import dev.kallsyms.harness.CellResult;
import dev.kallsyms.harness.PassRecord;
import dev.kallsyms.harness.Samples;
import dev.kallsyms.harness.StageReport;
import dev.kallsyms.harness.StageReport.KernelVerdict;
import dev.kallsyms.harness.Verdict;
import dev.kallsyms.harness.diagnosis.Diagnosis;
import dev.kallsyms.harness.diagnosis.DiagnosisFiles;
import dev.kallsyms.harness.diagnosis.DiagnosisTest;
import dev.kallsyms.harness.report.Bundle;
import dev.kallsyms.harness.report.JUnitXml;
import dev.kallsyms.harness.report.MetadataJson;
import dev.kallsyms.harness.report.ReproduceScript;
import dev.kallsyms.harness.sweep.PointResult;
import dev.kallsyms.harness.sweep.SweepPoint;
import dev.kallsyms.harness.sweep.SweepReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Results directories as the harness leaves them, made with its own writers (metadata.json, junit.xml,
 * reproduce.sh, bundle.tar.xz, diagnosis.txt/.json, sweep.json): no kernel build needed.
 */
final class RunFixture {
    static final String TINY = "classpath:/dev/kallsyms/fixtures/matrix/fragments/kallsyms-tiny.config";
    /** A reason no page may run: if it is not escaped, the browser sets window.reportXss. */
    static final String HOSTILE = "make: *** <script>window.reportXss=1</script> & \"quotes\" failed";

    private RunFixture() {
    }

    /** A small matrix: cell id to verdict, one of each kind a night can have. */
    static Map<String, Verdict> matrix(Path root) throws IOException {
        Map<String, Verdict> cells = new LinkedHashMap<>();
        cells.put(write(root, cell("6.1", "gcc-12", "tinyconfig", TINY), Verdict.PASS, List.of(), true, null),
                Verdict.PASS);
        cells.put(write(root, cell("6.1", "gcc-12", "tinyconfig", TINY, "CONFIG_KALLSYMS_ALL=y"), Verdict.PASS,
                List.of(), true, null), Verdict.PASS);
        cells.put(write(root, cell("6.1", "gcc-12", "versatile_defconfig", "CONFIG_KALLSYMS=y"), Verdict.PASS,
                List.of(), true, boot()), Verdict.PASS);
        cells.put(write(root, cell("6.1", "gcc-12", "vexpress_defconfig", "CONFIG_KALLSYMS=y"),
                Verdict.STAGE_INCONSISTENT, List.of("the kernel reported: Inconsistent kallsyms data"), true, null),
                Verdict.STAGE_INCONSISTENT);
        cells.put(write(root, cell("6.12", "gcc-14", "tinyconfig", TINY), Verdict.GENERATOR_MISMATCH,
                List.of(HOSTILE, "pass 2: Java output differs from C output from byte 4242"), false, null),
                Verdict.GENERATOR_MISMATCH);
        cells.put(write(root, cell("5.10", "gcc-10", "tinyconfig", TINY), Verdict.BUILD_FAILED,
                List.of("make vmlinux failed (exit 2)"), false, null), Verdict.BUILD_FAILED);
        cells.put(write(root, cell("6.1", "clang", "versatile_defconfig", "CONFIG_KALLSYMS=y"), Verdict.INFRA,
                List.of("INFRA: the container ran out of memory"), false, null), Verdict.INFRA);
        return cells;
    }

    /** A sweep of four points; the extra pass did not converge. */
    static SweepReport sweep(Path root, String kind) throws IOException {
        Cell base = cell("6.1", "gcc-12", "tinyconfig", TINY);
        List<PointResult> points = new ArrayList<>();
        String[][] space = {{}, {"host", "64"}, {"padding", "2048"}, {"extra-pass", "1"}};
        for (int i = 0; i < space.length; i++) {
            SweepPoint point = space[i].length == 0 ? SweepPoint.baseline()
                    : SweepPoint.baseline().with(space[i][0], space[i][1]);
            boolean bad = i == space.length - 1;
            int rep = "repeat".equals(kind) ? i + 1 : 0;
            Path results = root.resolve("points").resolve(rep > 0 ? "rep-" + rep : "");
            Cell cell = "repeat".equals(kind) ? base : point.apply(base, "build/.harness/sweep.lds");
            String id = write(results, cell, bad ? Verdict.STAGE_INCONSISTENT : Verdict.PASS,
                    bad ? List.of("the kernel reported: Inconsistent kallsyms data") : List.of(), true, null, 4L * i);
            CellResult r = MetadataJson.read(results.resolve(id));
            Diagnosis d = bad ? Diagnosis.of(id, DiagnosisTest.seed(), List.of()) : null;
            points.add(PointResult.of(point, rep, root.relativize(results.resolve(id)).toString(), r, d));
        }
        SweepReport report = new SweepReport(kind, base, "host 64; padding 2048; extra pass", "1/1", points.size(),
                "2026-11-25T02:00:00Z", "2026-11-25T02:10:00Z", points);
        report.write(root);
        return report;
    }

    static Cell cell(String kernel, String toolchain, String defconfig, String... fragments) {
        return new Cell(kernel, toolchain, defconfig, List.of(fragments), List.of());
    }

    private static String write(Path root, Cell cell, Verdict verdict, List<String> reasons, boolean linked,
                                BootResult boot) throws IOException {
        return write(root, cell, verdict, reasons, linked, boot, 0);
    }

    /** Writes the cell's files as Harness.run does; {@code grow} bytes are added to its kallsyms_names. */
    private static String write(Path root, Cell cell, Verdict verdict, List<String> reasons, boolean linked,
                                BootResult boot, long grow) throws IOException {
        boolean inconsistent = verdict == Verdict.STAGE_INCONSISTENT;
        List<PassRecord> passes = linked ? List.of(Samples.pass(1, true), Samples.pass(2, true))
                : verdict == Verdict.GENERATOR_MISMATCH ? List.of(Samples.pass(1, true), Samples.pass(2, false))
                : List.of();
        StageReport stage = linked || !passes.isEmpty() ? grown(Samples.stage(inconsistent ? KernelVerdict.INCONSISTENT
                : KernelVerdict.CLEAN, Samples.noDiff()), grow) : null;
        CellResult base = Samples.result(cell, verdict, reasons, passes, stage);
        CellResult r = new CellResult(base.schema(), cell, verdict, reasons, 1, base.startedAt(), base.finishedAt(),
                base.kernel(), base.toolchain(), base.generator(), base.phasesMs(), passes, stage, base.config(),
                verdict == Verdict.PASS ? Samples.readback() : null, boot, base.files());
        Path dir = Files.createDirectories(root.resolve(cell.id()));
        Path tree = Files.createDirectories(dir.resolve("build"));
        Files.writeString(tree.resolve(".config"), "CONFIG_KALLSYMS=y\n");
        Files.writeString(dir.resolve("build.log"), "## $ make vmlinux\n");
        r = r.withFiles(Map.of("metadata", MetadataJson.FILE, "junit", JUnitXml.FILE, "reproduce",
                ReproduceScript.FILE));
        if (verdict.failed()) {
            r = r.withFiles(Map.of("bundle", Bundle.FILE));
        }
        ReproduceScript.write(r, dir, dev.kallsyms.harness.RunOptions.defaults(root, null));
        JUnitXml.write(r, dir);
        MetadataJson.write(r, dir);
        if (verdict.failed()) {
            Bundle.write(r, dir, tree);
        }
        if (inconsistent) {
            DiagnosisFiles.write(Diagnosis.of(cell.id(), DiagnosisTest.seed(), List.of()), dir);
        }
        return cell.id();
    }

    private static StageReport grown(StageReport s, long grow) {
        StageReport.PassStage f = s.finalLink();
        StageReport.PassStage fin = new StageReport.PassStage(f.pass(), f.elf(), f.symbols(),
                Map.of("kallsyms_names", 50000L + grow, "kallsyms_markers", 128L), f.kallsymsObjectFileBytes(),
                f.fromPrevious());
        return new StageReport(s.passes(), fin, s.lastPassToFinal(), s.kallsymsRuns(), s.linkPasses(),
                s.kernelVerdict(), s.kernelMessage(), s.elfReadMs());
    }

    static BootResult boot() {
        return new BootResult("versatile_defconfig", "versatilepb", BootResult.Outcome.PASSED, true, 22436, 22436,
                22436, 0, 0, null, 8000, 4500, "/results/boot/console.log", null);
    }
}
