package dev.kallsyms.harness.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DropInTest {
    @TempDir
    Path tree;

    @Test
    void nmIsTheToolchainsAsKbuildNamesIt() {
        assertEquals("arm-linux-gnueabihf-nm", DropIn.nm(List.of("ARCH=arm", "CROSS_COMPILE=arm-linux-gnueabihf-")));
        assertEquals("llvm-nm", DropIn.nm(List.of("ARCH=arm", "LLVM=1", "CROSS_COMPILE=arm-linux-gnueabihf-")));
        assertEquals("my-nm", DropIn.nm(List.of("CROSS_COMPILE=x-", "NM=my-nm")));
    }

    @Test
    void enabledOptionsAreTheYesLines() throws Exception {
        Path config = Files.writeString(tree.resolve(".config"),
                "CONFIG_KALLSYMS=y\n# CONFIG_KALLSYMS_ALL is not set\nCONFIG_NR_CPUS=4\nCONFIG_LOCALVERSION=\"\"\n");
        assertEquals(Set.of("CONFIG_KALLSYMS"), DropIn.enabledOptions(config));
    }

    @Test
    void installKeepsTheCProgramAndLinksTheLauncher() throws Exception {
        Files.createDirectories(tree.resolve("scripts"));
        Files.writeString(tree.resolve("scripts/kallsyms"), "ELF");
        try (BuildLog log = new BuildLog(tree.resolve("build.log"), line -> { })) {
            assertTrue(DropIn.install(tree, "scripts/kallsyms.c-reference", log));
        }
        assertEquals("ELF", Files.readString(tree.resolve("scripts/kallsyms.c-reference")));
        assertEquals(Path.of(DropIn.LAUNCHER_IN_CONTAINER), Files.readSymbolicLink(tree.resolve("scripts/kallsyms")));
        DropIn.checkStillInstalled(tree);
        Files.delete(tree.resolve("scripts/kallsyms"));
        Files.writeString(tree.resolve("scripts/kallsyms"), "ELF again");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> DropIn.checkStillInstalled(tree));
        assertTrue(e.getMessage().contains("replaced the drop-in"), e.getMessage());
    }
}
