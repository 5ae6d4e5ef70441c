package dev.kallsyms.containers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kallsyms.containers.engine.TestcontainersSettings;
import org.junit.jupiter.api.Test;

/** Builds (or reuses) the bookworm base and the gcc-12 toolchain image on the real engine. */
class ToolchainImageIT {
    @Test
    void engineIsUsableWithoutRyukOrRegistry() {
        DockerEngine engine = DockerEngine.ensureAvailable();
        assertTrue(TestcontainersSettings.ryukDisabled());
        assertTrue(!engine.serverVersion().isBlank());
    }

    @Test
    void bookwormBaseImageExistsAfterEnsure() {
        long start = System.nanoTime();
        String image = BaseImages.ensure("bookworm");
        System.out.printf("BaseImages.ensure(bookworm): %.1f s%n", (System.nanoTime() - start) / 1e9);
        assertEquals("kallsyms-base:bookworm", image);
        assertTrue(DockerEngine.ensureAvailable().hasImage(image));
    }

    @Test
    void gcc12ImageReportsItsCrossCompiler() {
        long start = System.nanoTime();
        ToolchainImage image = ToolchainImages.ensure("gcc-12");
        System.out.printf("ToolchainImages.ensure(gcc-12): %.1f s -> %s %s %s%n",
                (System.nanoTime() - start) / 1e9, image.tag(), image.imageId(), image.toolVersions());
        assertTrue(image.tag().startsWith("kallsyms-toolchain:gcc-12-"), image.tag());
        assertTrue(image.imageId().startsWith("sha256:"), image.imageId());
        assertTrue(image.toolVersions().get("compiler").startsWith("arm-linux-gnueabihf-gcc"),
                image.toolVersions().toString());
        assertTrue(image.toolVersions().get("compiler").contains(" 12."), image.toolVersions().toString());
        assertTrue(image.toolVersions().get("linker").startsWith("GNU ld"), image.toolVersions().toString());
        assertTrue(image.toolVersions().get("java").contains("17"), image.toolVersions().toString());
    }
}
