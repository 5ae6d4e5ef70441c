package dev.kallsyms.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExitCodeTest {
    @Test
    void theNumbersScriptsRelyOn() {
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7), List.of(ExitCode.OK.code(), ExitCode.FAILED.code(),
                ExitCode.USAGE.code(), ExitCode.GENERATOR_MISMATCH.code(), ExitCode.STAGE_INCONSISTENT.code(),
                ExitCode.INFRA.code(), ExitCode.HARNESS_ERROR.code(), ExitCode.UNAVAILABLE.code()));
    }

    @Test
    void verdictsMapByNameAndTheWeightiestWins() {
        assertEquals(ExitCode.OK, ExitCode.ofVerdicts(List.of("PASS", "UNCHECKED")));
        assertEquals(ExitCode.OK, ExitCode.ofVerdicts(List.of()));
        assertEquals(ExitCode.FAILED, ExitCode.ofVerdicts(List.of("PASS", "BOOT_FAILED", "INFRA")));
        assertEquals(ExitCode.INFRA, ExitCode.ofVerdicts(List.of("PASS", "INFRA")));
        assertEquals(ExitCode.STAGE_INCONSISTENT, ExitCode.ofVerdicts(List.of("READBACK_MISMATCH", "STAGE_INCONSISTENT")));
        assertEquals(ExitCode.HARNESS_ERROR, ExitCode.ofVerdicts(List.of("STAGE_INCONSISTENT", "HARNESS_ERROR")));
        assertEquals(ExitCode.GENERATOR_MISMATCH, ExitCode.ofVerdicts(List.of("HARNESS_ERROR", "GENERATOR_MISMATCH")));
    }

    @Test
    void theReadmeHasTheTable() throws IOException {
        Path root = Path.of("").toAbsolutePath();
        while (!Files.isRegularFile(root.resolve("Jenkinsfile"))) {
            root = root.getParent();
        }
        String readme = Files.readString(root.resolve("README.md"));
        assertTrue(readme.contains(ExitCode.markdownTable()), "README.md must hold, verbatim:\n" + ExitCode.markdownTable());
    }
}
