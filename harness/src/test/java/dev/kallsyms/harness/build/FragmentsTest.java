package dev.kallsyms.harness.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FragmentsTest {
    @TempDir
    Path dir;

    @Test
    void inlineFileAndResourceFragments() throws Exception {
        assertTrue(Fragments.isInline("CONFIG_KALLSYMS=y"));
        assertTrue(Fragments.isInline("# CONFIG_SMP is not set"));
        assertFalse(Fragments.isInline("kallsyms.config"));
        Path file = dir.resolve("f.config");
        Files.writeString(file, "# a comment\nCONFIG_EXPERT=y\nCONFIG_KALLSYMS_ALL=y");
        assertEquals("CONFIG_EXPERT=y\n", Fragments.text("CONFIG_EXPERT=y"));
        assertEquals(List.of("CONFIG_KALLSYMS=y", "CONFIG_EXPERT=y", "CONFIG_KALLSYMS_ALL=y"),
                Fragments.settingLines(List.of("CONFIG_KALLSYMS=y", file.toString())));
        assertEquals(List.of("CONFIG_EXPERT=y", "CONFIG_KALLSYMS=y"), Fragments.settingLines(List.of(
                "classpath:/dev/kallsyms/fixtures/matrix/fragments/kallsyms-tiny.config")));
        assertThrows(IllegalArgumentException.class, () -> Fragments.text("no-such-file.config"));
    }

    @Test
    void unmetListsWhatOlddefconfigOverrode() {
        List<String> config = List.of("CONFIG_EXPERT=y", "CONFIG_KALLSYMS=y", "# CONFIG_KALLSYMS_ALL is not set",
                "CONFIG_SMP=y");
        assertEquals(List.of(), Fragments.unmet(List.of("CONFIG_KALLSYMS=y", "# CONFIG_KALLSYMS_ALL is not set",
                "CONFIG_MODULES=n"), config));
        assertEquals(List.of("CONFIG_KALLSYMS_ALL=y", "# CONFIG_SMP is not set"),
                Fragments.unmet(List.of("CONFIG_KALLSYMS_ALL=y", "# CONFIG_SMP is not set"), config));
        assertEquals(List.of(), Fragments.unmet(List.of("CONFIG_KALLSYMS_ALL=y", "# CONFIG_KALLSYMS_ALL is not set"),
                config), "a later fragment wins");
    }

    @Test
    void aRelativeClasspathFragmentIsRefusedWithTheAbsoluteFormAsExample() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Fragments.text("classpath:fragments/kallsyms-tiny.config"));
        assertTrue(e.getMessage().contains("classpath:/dev/kallsyms/fixtures/matrix/fragments/kallsyms-tiny.config"),
                e.getMessage());
        assertTrue(Fragments.text("classpath:/dev/kallsyms/fixtures/matrix/fragments/kallsyms-tiny.config")
                .contains("CONFIG_KALLSYMS=y"), "the example given is a shipped fragment");
    }
}
