package dev.kallsyms.containers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Builds every suite's base image and every toolchain image: about 2-4 minutes and 0.9 GB each, so only
 * when asked: {@code mvn -Pcontainers -pl containers verify -Dkallsyms.it.allToolchains=true}.
 */
@EnabledIfSystemProperty(named = "kallsyms.it.allToolchains", matches = "true")
class AllToolchainsIT {
    @ParameterizedTest
    @ValueSource(strings = {"bullseye", "bookworm", "trixie", "sid"})
    void baseImageBuilds(String suite) {
        long start = System.nanoTime();
        String image = BaseImages.ensure(suite);
        System.out.printf("BaseImages.ensure(%s): %.1f s%n", suite, (System.nanoTime() - start) / 1e9);
        assertEquals("kallsyms-base:" + suite, image);
        assertTrue(DockerEngine.ensureAvailable().hasImage(image));
    }

    @ParameterizedTest
    @MethodSource("dev.kallsyms.containers.image.Recipes#ids")
    void toolchainImageBuildsAndReportsVersions(String id) {
        long start = System.nanoTime();
        ToolchainImage image = ToolchainImages.ensure(id);
        System.out.printf("ToolchainImages.ensure(%s): %.1f s -> %s %s%n", id, (System.nanoTime() - start) / 1e9,
                image.tag(), image.toolVersions());
        // an id's number is the major version it must report; sid's (and plain clang's) is whatever it is
        String major = id.matches(".*-\\d+") ? id.substring(id.lastIndexOf('-') + 1) + "." : "";
        String expected = id.startsWith("gcc") ? "arm-linux-gnueabihf-gcc (Debian " + major
                : "Debian clang version " + major;
        assertTrue(image.toolVersions().get("compiler").startsWith(expected), image.toolVersions().toString());
        // the generator needs 17 or newer (sid's default is 25)
        Matcher jre = Pattern.compile("version \"(\\d+)").matcher(image.toolVersions().get("java"));
        assertTrue(jre.find() && Integer.parseInt(jre.group(1)) >= 17, image.toolVersions().toString());
    }
}
