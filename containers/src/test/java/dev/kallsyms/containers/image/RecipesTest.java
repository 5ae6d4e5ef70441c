package dev.kallsyms.containers.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kallsyms.containers.Toolchain;
import dev.kallsyms.containers.Toolchains;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class RecipesTest {
    private static final List<String> KERNEL_BUILD_NEEDS = List.of("make", "gcc", "libc6-dev", "flex", "bison",
            "bc", "libssl-dev", "libelf-dev", "cpio", "kmod", "python3", "perl", "ccache", "xz-utils");

    @Test
    void shipsTheFourRequiredToolchains() {
        assertEquals(List.of("gcc-10", "gcc-12", "gcc-14", "gcc-sid", "clang", "clang-15", "clang-16", "clang-19",
                "clang-sid"), Toolchains.all().stream().map(Toolchain::id).toList());
    }

    @Test
    void aVersionedClangPutsItsLlvmFirstOnThePathOfItsImage() {
        Toolchain t = Toolchains.load("clang-16");
        assertEquals("/usr/lib/llvm-16/bin", t.pathPrepend());
        assertTrue(t.packages().containsAll(List.of("clang-16", "lld-16", "llvm-16")), t.packages().toString());
        assertTrue(t.isLlvm());
        String dockerfile = ToolchainDockerfile.render(t, "kallsyms-base:bookworm");
        assertTrue(dockerfile.contains("PATH=/usr/lib/llvm-16/bin:/usr/local/sbin:"), dockerfile);
    }

    @Test
    void aRecipeWithoutPathPrependKeepsTheDockerfileAndSoItsImageTag() {
        Toolchain t = Toolchains.load("gcc-12");
        assertEquals("", t.pathPrepend());
        assertTrue(ToolchainDockerfile.render(t, "b").contains(
                "LANG=C.UTF-8 PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\n"));
    }

    @Test
    void pathPrependMustBeAnAbsoluteDirectory() {
        Properties recipe = recipe("bookworm", "clang-16");
        recipe.setProperty("make.vars", "ARCH=arm LLVM=1");
        recipe.setProperty("path.prepend", "llvm-16/bin; rm -rf /");
        assertThrows(IllegalArgumentException.class, () -> Recipes.parse("x", new Properties(), recipe));
    }

    @Test
    void gcc12IsTheBookwormCrossGcc() {
        Toolchain t = Toolchains.load("gcc-12");
        assertEquals("bookworm", t.suite());
        assertEquals(List.of("ARCH=arm", "CROSS_COMPILE=arm-linux-gnueabihf-"), t.makeVars());
        assertEquals("arm-linux-gnueabihf-", t.makeVarMap().get("CROSS_COMPILE"));
        assertTrue(t.packages().contains("gcc-arm-linux-gnueabihf"));
        assertEquals("dpkg-query -W -f='${Package}=${Version} ' gcc-arm-linux-gnueabihf binutils-arm-linux-gnueabihf "
                + "default-jre-headless", t.versionCommands().get(Recipes.PACKAGES_VERSION),
                "the recipe's own packages' exact versions are recorded, for reproduce.sh to pin");
        assertFalse(t.isLlvm());
        assertTrue(t.aptOptions().isEmpty());
    }

    @Test
    void everyRecipeHasWhatAKernelBuildAndTheGeneratorNeed() {
        for (Toolchain t : Toolchains.all()) {
            assertTrue(t.packages().containsAll(KERNEL_BUILD_NEEDS), t.id() + ": " + t.packages());
            assertTrue(t.packages().stream().anyMatch(p -> p.endsWith("jre-headless")), t.id());
            assertEquals("arm", t.makeVarMap().get("ARCH"), t.id());
            assertTrue(t.versionCommands().keySet().containsAll(List.of("compiler", "linker", "java")), t.id());
            assertFalse(t.description().isBlank());
        }
    }

    @Test
    void suitesAndCompilersMatchTheMatrix() {
        assertEquals("bullseye", Toolchains.load("gcc-10").suite());
        assertEquals("trixie", Toolchains.load("gcc-14").suite());
        Toolchain clang = Toolchains.load("clang");
        assertEquals("bookworm", clang.suite());
        assertTrue(clang.isLlvm());
        assertTrue(clang.packages().containsAll(List.of("clang", "lld", "llvm")));
        assertEquals("clang --version", clang.versionCommands().get("compiler"));
    }

    @Test
    void sidGetsTheExpiredReleaseWorkaround() {
        Properties common = new Properties();
        common.setProperty("packages", "make, gcc");
        common.setProperty("apt.options.sid", "-o Acquire::Check-Valid-Until=false");
        Toolchain t = Recipes.parse("gcc-16", common, recipe("sid", "gcc, gcc-arm-linux-gnueabihf"));
        assertEquals(List.of("-o", "Acquire::Check-Valid-Until=false"), t.aptOptions());
        assertEquals(List.of("make", "gcc", "gcc-arm-linux-gnueabihf"), t.packages(), "common first, no duplicates");
    }

    @Test
    void rejectsIncompleteOrMalformedRecipes() {
        Properties common = new Properties();
        Properties noSuite = recipe("bookworm", "gcc");
        noSuite.remove("suite");
        assertThrows(IllegalArgumentException.class, () -> Recipes.parse("x", common, noSuite));
        Properties badVars = recipe("bookworm", "gcc");
        badVars.setProperty("make.vars", "ARCH=arm LLVM");
        assertThrows(IllegalArgumentException.class, () -> Recipes.parse("x", common, badVars));
        assertThrows(IllegalArgumentException.class, () -> Toolchains.load("no-such-toolchain"));
        assertThrows(IllegalArgumentException.class, () -> Toolchains.load("../common"));
    }

    private static Properties recipe(String suite, String packages) {
        Properties p = new Properties();
        p.putAll(Map.of("suite", suite, "packages", packages, "make.vars", "ARCH=arm",
                "description", "test", "version.compiler", "gcc --version"));
        return p;
    }
}
