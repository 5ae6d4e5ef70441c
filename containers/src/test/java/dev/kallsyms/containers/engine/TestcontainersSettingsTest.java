package dev.kallsyms.containers.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kallsyms.debian.InfraException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Testcontainers is configured by whoever starts the JVM, never by writing into its internals. */
class TestcontainersSettingsTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void theMavenBuildGivesTheTestsTheSetting() {
        assertEquals("true", System.getenv(TestcontainersSettings.RYUK_DISABLED), "the parent pom sets it");
        assertTrue(TestcontainersSettings.ryukDisabled());
    }

    @Test
    void aJvmStartedWithoutItIsRefusedInOneLine() {
        InfraException e = assertThrows(InfraException.class, () -> TestcontainersSettings.require(Map.of()));
        assertTrue(e.getMessage().contains("export TESTCONTAINERS_RYUK_DISABLED=true"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
        TestcontainersSettings.require(Map.of(TestcontainersSettings.RYUK_DISABLED, "false"));
    }

    @Test
    void theLaunchersExportItUnlessTheUserChoseOtherwise() throws IOException {
        for (String launcher : List.of("bin/harness", "bin/boot-check")) {
            String script = Files.readString(ROOT.resolve(launcher));
            assertTrue(script.contains("export TESTCONTAINERS_RYUK_DISABLED=\"${TESTCONTAINERS_RYUK_DISABLED:-true}\""),
                    launcher);
        }
    }

    @Test
    void noCodeReachesIntoTestcontainersByReflection() throws IOException {
        try (var files = Files.walk(ROOT)) {
            List<Path> offenders = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> p.toString().contains("/src/main/"))
                    .filter(p -> read(p).contains("org.testcontainers") && read(p).contains("setAccessible"))
                    .toList();
            assertEquals(List.of(), offenders);
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
