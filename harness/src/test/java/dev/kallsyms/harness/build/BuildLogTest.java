package dev.kallsyms.harness.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildLogTest {
    @TempDir
    Path dir;

    @Test
    void kconfigsRefusalOfAnOldCompilerIsTheSummarysFirstLine() {
        // 7.2's tinyconfig with bookworm's clang 14, as make printed it
        try (BuildLog log = new BuildLog(dir.resolve("build.log"), line -> { })) {
            for (String line : new String[] {"***", "*** C compiler is too old.", "***   Your Clang version:    14.0.6",
                    "***   Minimum Clang version: 17.0.1", "***",
                    "make[5]: *** [/src/scripts/kconfig/Makefile:85: allnoconfig] Error 1"}) {
                log.line(line);
            }
            String summary = log.errorSummary();
            assertEquals("*** C compiler is too old.", summary.lines().findFirst().orElseThrow());
            assertTrue(summary.contains("Minimum Clang version: 17.0.1"), summary);
            assertEquals(4, summary.lines().count(), summary);
        }
    }

    @Test
    void withoutErrorLinesTheLastLinesAreTheSummary() {
        try (BuildLog log = new BuildLog(dir.resolve("build.log"), line -> { })) {
            for (int i = 1; i <= 20; i++) {
                log.line("line " + i);
            }
            assertEquals("line 9", log.errorSummary().lines().findFirst().orElseThrow());
        }
    }
}
