package dev.kallsyms.harness.regress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kallsyms.cli.BadInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratorRefTest {
    /** The checkout the tests run in (Surefire runs them in harness/, inside the repository). */
    static final Path HOME = Path.of("").toAbsolutePath();

    @TempDir
    Path work;

    @Test
    void aJarIsCopiedAndDigested() throws Exception {
        Path jar = Files.writeString(work.resolve("my.jar"), "not really a jar");
        GeneratorRef ref = GeneratorRef.resolve(jar.toString(), HOME, work.resolve("generators"), "baseline");
        assertNull(ref.revision());
        assertEquals(work.resolve("generators/baseline.jar"), ref.jar());
        assertEquals("not really a jar", Files.readString(ref.jar()));
        assertEquals(64, ref.sha256().length());
    }

    @Test
    void aRevisionResolvesToItsCommit() throws Exception {
        String commit = GeneratorRef.commit("HEAD", HOME, "candidate");
        assertTrue(commit.matches("[0-9a-f]{40}"), commit);
    }

    @Test
    void neitherAJarNorARevisionIsBadInput() {
        BadInputException e = assertThrows(BadInputException.class, () -> GeneratorRef.resolve("no-such-ref-xyz",
                HOME, work, "candidate"));
        assertTrue(e.getMessage().startsWith("--candidate no-such-ref-xyz: neither a jar file nor a revision"),
                e.getMessage());
        assertThrows(BadInputException.class, () -> GeneratorRef.resolve(work.resolve("missing.jar").toString(),
                HOME, work, "baseline"));
    }
}
