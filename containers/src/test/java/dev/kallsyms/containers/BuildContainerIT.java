package dev.kallsyms.containers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.dockerjava.api.exception.NotFoundException;
import dev.kallsyms.debian.InfraException;
import dev.kallsyms.debian.host.HostUser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A gcc-12 build container on the real engine: read-only /src, writable /out, no network. */
class BuildContainerIT {
    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static ToolchainImage gcc12;

    @TempDir
    Path src;
    @TempDir
    Path out;

    @BeforeAll
    static void image() {
        gcc12 = ToolchainImages.ensure("gcc-12");
    }

    @Test
    void crossCompilesFromReadOnlySourceIntoOut() throws IOException {
        Files.writeString(src.resolve("hello.c"), "int answer(void) { return 42; }\n");
        try (BuildContainer c = BuildContainer.start(BuildSpec.of(gcc12.tag(), src, out))) {
            List<String> lines = new ArrayList<>();
            ExecResult version = c.exec(List.of("arm-linux-gnueabihf-gcc", "--version"), MINUTE, lines::add);
            assertEquals(0, version.exitCode());
            assertTrue(lines.get(0).startsWith("arm-linux-gnueabihf-gcc"), lines.toString());

            ExecResult compile = c.exec(List.of("arm-linux-gnueabihf-gcc", "-O2", "-c", "/src/hello.c",
                    "-o", "/out/hello.o"), MINUTE, System.out::println);
            assertTrue(compile.succeeded(), compile.toString());
            byte[] elf = Files.readAllBytes(out.resolve("hello.o"));
            assertArrayEquals(new byte[] {0x7f, 'E', 'L', 'F', 1}, Arrays.copyOf(elf, 5), "ELF32");
            assertEquals(40, elf[18] & 0xff, "e_machine EM_ARM");
            assertEquals(HostUser.uid(), ((Number) Files.getAttribute(out.resolve("hello.o"), "unix:uid")).longValue(),
                    "outputs belong to the host user");
        }
    }

    @Test
    void sourceIsReadOnlyOutIsWritableAndThereIsNoNetwork() {
        try (BuildContainer c = BuildContainer.start(BuildSpec.of(gcc12.tag(), src, out))) {
            List<String> lines = new ArrayList<>();
            ExecResult writeSrc = c.exec(List.of("touch", "/src/nope"), MINUTE, lines::add);
            assertNotEquals(0, writeSrc.exitCode());
            assertTrue(String.join("\n", lines).contains("Read-only file system"), lines.toString());
            assertFalse(Files.exists(src.resolve("nope")));

            assertEquals(0, c.exec(List.of("touch", "/out/yes"), MINUTE, l -> { }).exitCode());
            assertTrue(Files.exists(out.resolve("yes")));

            List<String> interfaces = new ArrayList<>();
            assertEquals(0, c.exec(List.of("ls", "/sys/class/net"), MINUTE, interfaces::add).exitCode());
            assertEquals(List.of("lo"), interfaces, "--network none leaves only loopback");

            List<String> env = new ArrayList<>();
            c.exec(List.of("sh", "-c", "echo $CCACHE_DIR; test -w /ccache && echo writable"),
                    Map.of("EXTRA", "1"), MINUTE, env::add);
            assertEquals(List.of("/ccache", "writable"), env);
        }
    }

    @Test
    void containersCarryOurLabelsAndCloseRemovesThem() {
        String id;
        try (BuildContainer c = BuildContainer.start(BuildSpec.of(gcc12.tag(), src, out))) {
            id = c.containerId();
            Map<String, String> labels = DockerEngine.ensureAvailable().client().inspectContainerCmd(id).exec()
                    .getConfig().getLabels();
            assertEquals(Labels.OWNER_VALUE, labels.get(Labels.OWNER));
            assertEquals(Labels.runId(), labels.get(Labels.RUN));
            assertFalse(DockerEngine.ensureAvailable().client().inspectContainerCmd(id).exec()
                    .getHostConfig().getPrivileged());
        }
        assertThrows(NotFoundException.class,
                () -> DockerEngine.ensureAvailable().client().inspectContainerCmd(id).exec());
    }

    @Test
    void outputStreamsWhileTheCommandRunsAndTimeLimitsHold() {
        try (BuildContainer c = BuildContainer.start(BuildSpec.of(gcc12.tag(), src, out))) {
            List<Long> seenAt = new CopyOnWriteArrayList<>();
            long start = System.nanoTime();
            ExecResult r = c.exec(List.of("sh", "-c", "echo first; sleep 3; echo second"), MINUTE,
                    l -> seenAt.add(System.nanoTime()));
            long end = System.nanoTime();
            assertEquals(0, r.exitCode());
            assertEquals(2, seenAt.size());
            assertTrue(end - seenAt.get(0) > 2_000_000_000L, "first line arrived before the command ended");

            ExecResult slow = c.exec(List.of("sleep", "60"), Duration.ofSeconds(2), l -> { });
            assertTrue(slow.timedOut(), slow.toString());
            assertTrue(slow.elapsed().toSeconds() < 30, slow.toString());
            assertTrue((System.nanoTime() - start) / 1e9 < 40);
        }
    }

    @Test
    void aContainerKilledFromOutsideIsInfra() {
        ScheduledExecutorService killer = Executors.newSingleThreadScheduledExecutor();
        try (BuildContainer c = BuildContainer.start(BuildSpec.of(gcc12.tag(), src, out))) {
            killer.schedule(() -> DockerEngine.ensureAvailable().client().killContainerCmd(c.containerId()).exec(),
                    2, TimeUnit.SECONDS);
            assertThrows(InfraException.class, () -> c.exec(List.of("sleep", "30"), MINUTE, l -> { }));
        } finally {
            killer.shutdownNow();
        }
    }

    @Test
    void aProcessKilledForWantOfMemoryIsInfraEvenIfItsContainerLivesOn() {
        try (BuildContainer c = BuildContainer.start(BuildSpec.of(gcc12.tag(), src, out).withMemoryBytes(32L << 20))) {
            // tail keeps a line without a newline whole: 200 MB of zeros in a 32 MiB container
            InfraException e = assertThrows(InfraException.class, () -> c.exec(List.of("sh", "-c",
                    "head -c 200M /dev/zero | tail >/dev/null; echo survived"), MINUTE, l -> { }));
            assertTrue(e.getMessage().startsWith("out of memory: the kernel killed 1 process(es)"), e.getMessage());
            assertTrue(e.getMessage().endsWith("(limit 32 MiB)"), e.getMessage());
        }
    }
}
