package dev.kallsyms.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kallsyms.containers.BuildContainer;
import dev.kallsyms.containers.BuildSpec;
import dev.kallsyms.containers.ExecResult;
import dev.kallsyms.containers.KernelTree;
import dev.kallsyms.containers.KernelTrees;
import dev.kallsyms.containers.ToolchainImage;
import dev.kallsyms.containers.ToolchainImages;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Boots a real kernel: 6.1 built with gcc-12 from tinyconfig plus {@code virt-tiny.config} (the cheapest
 * config qemu's virt machine boots with the boot check's initramfs, a few minutes to build), then checks that
 * its /proc/kallsyms agrees with System.map. The tree is kept in target/boot-it and reused when present.
 */
class BootCheckIT {
    static final Path WORK = Path.of("target/boot-it").toAbsolutePath();
    static final Path TREE = WORK.resolve("build");
    static final Duration MAKE_LIMIT = Duration.ofMinutes(40);

    static ToolchainImage image;
    static KernelTree source;
    static BootTable table;

    @BeforeAll
    static void buildTinyVirtKernel() throws Exception {
        image = ToolchainImages.ensure("gcc-12");
        source = KernelTrees.ensure("6.1");
        table = BootTable.parse(resource("boot-targets-it.tsv"));
        if (Files.isRegularFile(TREE.resolve("vmlinux")) && Files.isRegularFile(TREE.resolve("System.map"))) {
            return;
        }
        Path fragment = Path.of(BootCheckIT.class.getResource("virt-tiny.config").toURI());
        BuildSpec spec = BuildSpec.of(image.tag(), source.root(), TREE)
                .withReadOnlyMount(fragment.getParent(), "/fragment");
        try (BuildContainer container = BuildContainer.start(spec)) {
            make(container, "tinyconfig");
            run(container, List.of("sh", BuildContainer.SRC + "/scripts/kconfig/merge_config.sh", "-m", "-O",
                    BuildContainer.OUT, BuildContainer.OUT + "/.config", "/fragment/virt-tiny.config"));
            make(container, "olddefconfig");
            make(container, "-j2", "vmlinux");
        }
    }

    @Test
    void tinyVirtKernelBootsAndShowsExactlyItsTable() throws IOException {
        BootResult result = BootCheck.of(table).run(request(WORK.resolve("boot"), BootRequest.DEFAULT_BOOT_TIMEOUT));
        System.out.println("[BootCheckIT] " + result);
        assertEquals(BootResult.Outcome.PASSED, result.outcome(), result.detail());
        assertTrue(result.booted());
        assertNull(result.firstDifference());
        assertTrue(result.entriesCompared() > 1000, "a real table: " + result.entriesCompared());
        assertEquals(result.tableSize(), result.entriesCompared());
        assertTrue(result.mapOnly() > 0, "System.map also lists the data symbols a non-ALL table leaves out");
        assertEquals(result.entriesCompared(), result.entriesEqual() + result.fromUnnamed());
        assertTrue(Files.size(Path.of(result.consoleLog())) > 0);
        assertTrue(result.bootAndDumpMillis() > 0);
    }

    @Test
    void kernelWhoseConsoleGoesNowhereIsNoBootWithItsLogKept() throws IOException {
        // same kernel, console= names a device the machine lacks: init runs and powers off, but nothing
        // reaches the serial log, so the run ends without the dump
        BootTarget real = table.forDefconfig("tinyconfig").orElseThrow();
        BootTarget silent = new BootTarget(real.defconfig(), real.machine(), real.memoryMiB(), real.dtb(), "ttyS0",
                real.userland(), real.makeTargets(), real.requiredConfig());
        BootTable silentTable = BootTable.of(List.of(silent));
        BootResult result = BootCheck.of(silentTable).run(request(WORK.resolve("boot-silent"), Duration.ofSeconds(20)));
        System.out.println("[BootCheckIT] " + result);
        assertEquals(BootResult.Outcome.NO_BOOT, result.outcome());
        assertFalse(result.booted());
        assertTrue(result.detail().contains("before the end of the dump"), result.detail());
        assertTrue(Files.isRegularFile(Path.of(result.consoleLog())));
    }

    private static BootRequest request(Path output, Duration bootLimit) {
        return new BootRequest("tinyconfig", TREE, source.root(), image, image.toolchain().makeVars(), 2, output,
                MAKE_LIMIT, bootLimit);
    }

    private static void make(BuildContainer container, String... targets) {
        List<String> argv = new ArrayList<>(List.of("make", "-C", BuildContainer.SRC, "O=" + BuildContainer.OUT));
        argv.addAll(image.toolchain().makeVars());
        argv.addAll(List.of(targets));
        run(container, argv);
    }

    private static void run(BuildContainer container, List<String> argv) {
        List<String> tail = new ArrayList<>();
        ExecResult r = container.exec(argv, MAKE_LIMIT, line -> {
            tail.add(line);
            if (tail.size() > 40) {
                tail.remove(0);
            }
        });
        assertTrue(r.succeeded(), argv + " failed (" + r.exitCode() + "):\n" + String.join("\n", tail));
    }

    private static String resource(String name) throws IOException, URISyntaxException {
        return Files.readString(Path.of(BootCheckIT.class.getResource(name).toURI()), StandardCharsets.UTF_8);
    }
}
