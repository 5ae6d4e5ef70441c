package dev.kallsyms.containers.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kallsyms.containers.Toolchain;
import dev.kallsyms.containers.Toolchains;
import java.util.List;
import org.junit.jupiter.api.Test;

class ToolchainDockerfileTest {
    private final Toolchain gcc12 = Toolchains.load("gcc-12");

    @Test
    void buildsFromTheGivenBaseAndInstallsEveryPackage() {
        String dockerfile = ToolchainDockerfile.render(gcc12, "kallsyms-base:bookworm");
        assertTrue(dockerfile.startsWith("FROM kallsyms-base:bookworm\n"), dockerfile);
        for (String p : gcc12.packages()) {
            assertTrue(dockerfile.contains(" " + p + " ") || dockerfile.contains(" " + p + ";"), p);
        }
        assertTrue(dockerfile.contains("exit 75"), "mirror failures must be told apart");
        assertTrue(dockerfile.contains("exit 65"), "missing packages must be told apart");
    }

    @Test
    void aptOptionsOfTheSuiteReachEveryAptCall() {
        Toolchain sid = new Toolchain("gcc-16", "sid", List.of("gcc"), List.of("ARCH=arm"), "d",
                List.of("-o", "Acquire::Check-Valid-Until=false"), java.util.Map.of(), "");
        String dockerfile = ToolchainDockerfile.render(sid, "kallsyms-base:sid");
        assertTrue(dockerfile.contains("Check-Valid-Until=false update"), dockerfile);
        assertTrue(dockerfile.contains("Check-Valid-Until=false install"), dockerfile);
    }

    @Test
    void tagIsStableForAnUnchangedRecipe() {
        String dockerfile = ToolchainDockerfile.render(gcc12, "kallsyms-base:bookworm");
        String text = Recipes.recipeText("gcc-12");
        String tag = ToolchainDockerfile.tag(gcc12, dockerfile, text);
        assertEquals(tag, ToolchainDockerfile.tag(gcc12, dockerfile, text));
        assertTrue(tag.matches("kallsyms-toolchain:gcc-12-[0-9a-f]{12}"), tag);
    }

    @Test
    void tagChangesWithRecipeOrBase() {
        String dockerfile = ToolchainDockerfile.render(gcc12, "kallsyms-base:bookworm");
        String text = Recipes.recipeText("gcc-12");
        String tag = ToolchainDockerfile.tag(gcc12, dockerfile, text);
        assertNotEquals(tag, ToolchainDockerfile.tag(gcc12, dockerfile, text + "\npackages=gcc, vim"));
        String otherBase = ToolchainDockerfile.render(gcc12, "debian:bookworm");
        assertNotEquals(tag, ToolchainDockerfile.tag(gcc12, otherBase, text));
    }

    @Test
    void hashIsTheSha256Prefix() {
        // sha256("abc") = ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
        assertEquals("ba7816bf8f01", ToolchainDockerfile.hash("abc"));
    }
}
