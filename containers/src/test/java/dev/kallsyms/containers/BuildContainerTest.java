package dev.kallsyms.containers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kallsyms.debian.InfraException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The parts of container handling that need no engine. */
class BuildContainerTest {
    @Test
    void commandsRunUnderATimeLimitThatKillsTheirProcessGroup() {
        assertEquals(List.of("timeout", "--kill-after=30", "90s", "make", "-j3"),
                BuildContainer.withTimeLimit(List.of("make", "-j3"), Duration.ofSeconds(90)));
        assertEquals("1s", BuildContainer.withTimeLimit(List.of("true"), Duration.ofMillis(10)).get(2));
    }

    @Test
    void oomKillsAreCountedFromEitherCgroupVersionsCounters() {
        assertEquals(2, BuildContainer.oomKills("oom_kill_disable 0\nunder_oom 0\noom_kill 2\n"));
        assertEquals(1, BuildContainer.oomKills("low 0\nhigh 0\nmax 7\noom 1\noom_kill 1\n"));
        assertEquals(0, BuildContainer.oomKills("oom_kill_disable 0\nunder_oom 0\n"));
        assertEquals(0, BuildContainer.oomKills(""));
    }

    @Test
    void specCollectsMountsAndEnvironment() {
        BuildSpec spec = BuildSpec.of("img", Path.of("/t"), Path.of("/o"))
                .withReadOnlyMount(Path.of("/h/gen.jar"), "/opt/gen.jar")
                .withEnv("KBUILD_BUILD_TIMESTAMP", "0")
                .withMemoryBytes(1L << 30);
        assertEquals(List.of(new BuildSpec.ReadOnlyMount(Path.of("/h/gen.jar"), "/opt/gen.jar")), spec.extraMounts());
        assertEquals("0", spec.env().get("KBUILD_BUILD_TIMESTAMP"));
        assertEquals(1L << 30, spec.memoryBytes());
        assertThrows(IllegalArgumentException.class, () -> spec.withReadOnlyMount(Path.of("/x"), "relative"));
    }

    @Test
    void aRecipeNamingAMissingPackageIsNotInfra() {
        RuntimeException missing = ToolchainImages.classify("t",
                new RuntimeException("The command '/bin/sh -c retry ...' returned a non-zero code: 65"));
        assertInstanceOf(IllegalStateException.class, missing);
        RuntimeException mirror = ToolchainImages.classify("t",
                new RuntimeException("wrap", new RuntimeException("returned a non-zero code: 75")));
        assertInstanceOf(InfraException.class, mirror);
        assertInstanceOf(InfraException.class, ToolchainImages.classify("t", new RuntimeException("conn refused")));
    }

    @Test
    void treeDirectoriesAreNamedByPackageAndVersion() {
        assertEquals("linux-source-6.1_6.1.190-1", KernelTrees.dirName("linux-source-6.1", "6.1.190-1"));
        assertEquals("p_1%2.0-1", KernelTrees.dirName("p", "1:2.0-1"));
    }
}
