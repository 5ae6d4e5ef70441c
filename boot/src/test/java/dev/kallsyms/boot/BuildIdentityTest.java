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

    @Test
    void theBuildsTimestampComesFromTheTemporaryVersionHeader() {
        assertEquals(Map.of("KBUILD_BUILD_TIMESTAMP", "1970-01-01"),
                BuildIdentity.parseTimestamp("#define UTS_VERSION \"# SMP 1970-01-01\"\n"));
        assertEquals(Map.of("KBUILD_BUILD_TIMESTAMP", "Wed Nov  5 10:00:00 UTC 2026"),
                BuildIdentity.parseTimestamp("#define UTS_VERSION \"# SMP PREEMPT_DYNAMIC Wed Nov  5 10:00:00 UTC 2026\""));
        assertEquals(Map.of("KBUILD_BUILD_TIMESTAMP", "2026-11-25"),
                BuildIdentity.parseTimestamp("#define UTS_VERSION \"# 2026-11-25\""));
    }

    @Test
    void aBuildWithoutATimestampGetsNone() {
        assertEquals(Map.of(), BuildIdentity.parseTimestamp("#define UTS_VERSION \"# SMP \""));
        assertEquals(Map.of(), BuildIdentity.parseTimestamp("#define UTS_VERSION \"# \""));
    }
}
