package dev.kallsyms.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class BuildIdentityTest {
    @Test
    void userAndHostComeFromTheGeneratedHeader() {
        Map<String, String> env = BuildIdentity.parse("""
                #define UTS_MACHINE\t\t"arm"
                #define LINUX_COMPILE_BY\t"harness"
                #define LINUX_COMPILE_HOST\t"kallsyms-trust"
                #define LINUX_COMPILER\t\t"arm-linux-gnueabihf-gcc (Debian 12.2.0-14) 12.2.0"
                """);
        assertEquals(Map.of("KBUILD_BUILD_USER", "harness", "KBUILD_BUILD_HOST", "kallsyms-trust"), env);
    }
}
