package dev.kallsyms.boot;

import dev.kallsyms.containers.BuildContainer;
import dev.kallsyms.containers.BuildSpec;
import dev.kallsyms.containers.ExecResult;
import dev.kallsyms.readback.ExpectedSymbol;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Boots a built kernel under qemu and compares the /proc/kallsyms it prints with System.map: the kernel itself
 * reading the tables our generator wrote. Steps: the table's make targets in the cell's tree (zImage, dtbs),
 * the initramfs, qemu in a container (no network, not privileged), the wait for the dump, the comparison.
 */
public final class BootCheck {
    static final String INITRAMFS_MOUNT = "/initramfs";
    static final String CONSOLE_LOG = "console.log";
    static final String MAKE_LOG = "make.log";
    private static final int TAIL_LINES = 5;

    private final BootTable table;

    private BootCheck(BootTable table) {
        this.table = table;
    }

    public static BootCheck standard() {
        return of(BootTable.standard());
    }

    public static BootCheck of(BootTable table) {
        return new BootCheck(table);
    }

    /** Whether the table says how to boot this defconfig; callers must report the others as not checked. */
    public boolean canBoot(String defconfig) {
        return table.forDefconfig(defconfig).isPresent();
    }

    /**
     * @throws IllegalArgumentException for a defconfig the table does not know
     * @throws dev.kallsyms.containers.InfraException when the engine or the mirror failed
     */
    public BootResult run(BootRequest request) throws IOException {
        BootTarget target = table.forDefconfig(request.defconfig()).orElseThrow(() ->
                new IllegalArgumentException("no boot target for " + request.defconfig() + " in "
                        + BootTable.RESOURCE));
        Files.createDirectories(request.outputDir());
        Results results = new Results(target, request.outputDir().resolve(CONSOLE_LOG));
        List<String> missing = KernelConfig.read(request.buildTree().resolve(".config"))
                .missing(target.requiredConfig());
        if (!missing.isEmpty()) {
            return results.notBootable(0, "the configuration lacks " + missing.stream().map(o -> "CONFIG_" + o + "=y")
                    .toList() + ", which booting on " + target.machine() + " with an initramfs needs");
        }
        Path initramfs = InitramfsFiles.ensure(target.userland());
        String image = QemuImages.ensure(request.toolchainImage());
        BuildSpec spec = BuildSpec.of(image, request.sourceTree(), request.buildTree())
                .withReadOnlyMount(initramfs, INITRAMFS_MOUNT);
        try (BuildContainer container = BuildContainer.start(spec)) {
            return bootInside(container, request, target, results);
        }
    }

    private BootResult bootInside(BuildContainer container, BootRequest request, BootTarget target, Results results)
            throws IOException {
        Path vmlinux = request.buildTree().resolve("vmlinux");
        FileTime linked = Files.getLastModifiedTime(vmlinux);
        ExecResult make = make(container, request, target);
        long makeMillis = make.elapsed().toMillis();
        if (!make.succeeded()) {
            return results.notBootable(makeMillis, "make " + String.join(" ", target.makeTargets()) + " failed (exit "
                    + make.exitCode() + (make.timedOut() ? ", timed out" : "") + "); see " + MAKE_LOG);
        }
        if (!Files.getLastModifiedTime(vmlinux).equals(linked)) {
            return results.notBootable(makeMillis, "make " + String.join(" ", target.makeTargets())
                    + " relinked vmlinux, so the boot would not test the build's own tables; see " + MAKE_LOG);
        }
        Optional<String> dtb = dtbInContainer(request.buildTree(), target);
        if (target.dtb().isPresent() && dtb.isEmpty()) {
            return results.notBootable(makeMillis, "no " + target.dtb().get() + " under arch/arm/boot/dts");
        }
        List<String> argv = QemuCommand.of(target, BuildContainer.OUT + "/arch/arm/boot/zImage", dtb.orElse(null),
                INITRAMFS_MOUNT + "/" + InitramfsFiles.FILE_NAME);
        QemuRun.Outcome run = QemuRun.run(container, argv, request.bootTimeout(), results.consoleLog());
        if (!run.dumped()) {
            return results.noBoot(makeMillis, run);
        }
        return results.compared(makeMillis, run, compare(run.console(), request.buildTree(), vmlinux));
    }

    private static ExecResult make(BuildContainer container, BootRequest request, BootTarget target)
            throws IOException {
        List<String> argv = new ArrayList<>(List.of("make", "-C", BuildContainer.SRC, "O=" + BuildContainer.OUT,
                "-j" + Math.max(1, request.jobs())));
        argv.addAll(request.makeVariables());
        argv.addAll(target.makeTargets());
        try (BufferedWriter log = Files.newBufferedWriter(request.outputDir().resolve(MAKE_LOG),
                StandardCharsets.UTF_8)) {
            log.write("$ " + String.join(" ", argv));
            log.newLine();
            Map<String, String> identity = BuildIdentity.environment(request.buildTree());
            return container.exec(argv, identity, request.makeTimeout(), line -> {
                try {
                    log.write(line);
                    log.newLine();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static SymbolComparison compare(ConsoleDump console, Path buildTree, Path vmlinux) throws IOException {
        ProcKallsyms shown = ProcKallsyms.parse(console.dump().orElseThrow());
        List<ExpectedSymbol> map = MapLines.read(buildTree.resolve("System.map"));
        return SymbolComparison.compare(shown.core(), map, TableSize.of(vmlinux));
    }

    /** The target's device tree wherever this kernel's Makefile put it (vendor subdirectories since 6.5). */
    static Optional<String> dtbInContainer(Path buildTree, BootTarget target) throws IOException {
        if (target.dtb().isEmpty()) {
            return Optional.empty();
        }
        Path dts = buildTree.resolve("arch/arm/boot/dts");
        if (!Files.isDirectory(dts)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.walk(dts)) {
            return files.filter(p -> p.getFileName().toString().equals(target.dtb().get()))
                    .filter(Files::isRegularFile)
                    .findFirst()
                    .map(p -> BuildContainer.OUT + "/" + buildTree.relativize(p).toString().replace('\\', '/'));
        }
    }

    /** Makes the result records of one check. */
    private record Results(BootTarget target, Path consoleLog) {
        BootResult notBootable(long makeMillis, String why) {
            return new BootResult(target.defconfig(), target.machine(), BootResult.Outcome.NOT_BOOTABLE, false, 0, 0,
                    -1, 0, 0, null, makeMillis, 0, consoleLog.toString(), why);
        }

        BootResult noBoot(long makeMillis, QemuRun.Outcome run) {
            String how = run.timedOut() ? "no end of the dump within the time limit"
                    : "qemu ended (exit " + run.exitCode() + ") before the end of the dump";
            return new BootResult(target.defconfig(), target.machine(), BootResult.Outcome.NO_BOOT, false, 0, 0, -1,
                    0, 0, null, makeMillis, run.elapsed().toMillis(), consoleLog.toString(),
                    how + "; last console lines: " + run.console().tail(TAIL_LINES));
        }

        BootResult compared(long makeMillis, QemuRun.Outcome run, SymbolComparison c) {
            BootResult.Outcome outcome = c.matches() ? BootResult.Outcome.PASSED : BootResult.Outcome.MISMATCH;
            return new BootResult(target.defconfig(), target.machine(), outcome, true, c.compared(), c.equal(),
                    c.tableSize(), c.mapOnly(), c.fromUnnamed(), c.firstDifference(), makeMillis, run.elapsed().toMillis(),
                    consoleLog.toString(), c.matches() ? null : "/proc/kallsyms differs from System.map: "
                    + c.firstDifference());
        }
    }
}
