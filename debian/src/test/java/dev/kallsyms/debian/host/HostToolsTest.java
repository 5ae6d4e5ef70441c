package dev.kallsyms.debian.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kallsyms.debian.InfraException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The decision, with the machine's PATH replaced by a set of found commands: nothing is removed to test it. */
class HostToolsTest {
    private static final HostTool DEBOOTSTRAP = new HostTool("debootstrap", "debootstrap");
    private static final HostTool ARM_GCC = new HostTool("arm-linux-gnueabihf-gcc", "gcc-arm-linux-gnueabihf");
    private static final HostTool ARM_LD = new HostTool("arm-linux-gnueabihf-ld", "binutils-arm-linux-gnueabihf");
    private static final HostTool AARCH64_AS = new HostTool("aarch64-linux-gnu-as", "binutils-aarch64-linux-gnu");
    private static final HostTool AARCH64_LD = new HostTool("aarch64-linux-gnu-ld", "binutils-aarch64-linux-gnu");

    private final Set<String> found = new HashSet<>(Set.of("apt-get"));
    private final List<List<String>> installed = new ArrayList<>();

    private HostTools tools(long uid, Set<String> installs) {
        return new HostTools(found::contains, uid, packages -> {
            installed.add(packages);
            found.addAll(installs);
        });
    }

    @Test
    void nothingIsInstalledWhenEverythingIsFound() {
        found.add("debootstrap");
        tools(0, Set.of()).ensure("base images", List.of(DEBOOTSTRAP));
        assertEquals(List.of(), installed);
    }

    @Test
    void rootWithAptInstallsOnlyWhatIsMissingEachPackageOnce() {
        found.add("arm-linux-gnueabihf-ld");
        tools(0, Set.of("arm-linux-gnueabihf-gcc", "aarch64-linux-gnu-as", "aarch64-linux-gnu-ld"))
                .ensure("tables", List.of(ARM_GCC, ARM_LD, AARCH64_AS, AARCH64_LD));
        assertEquals(List.of(List.of("gcc-arm-linux-gnueabihf", "binutils-aarch64-linux-gnu")), installed);
    }

    @Test
    void notRootSaysWhatIsMissingWhyAndTheCommandToRun() {
        InfraException e = assertThrows(InfraException.class,
                () -> tools(1000, Set.of()).ensure("to build the base images", List.of(DEBOOTSTRAP)));
        assertEquals("debootstrap not found on PATH; not installing debootstrap: this runs as uid 1000, not root;"
                + " run 'sudo apt-get install debootstrap' (to build the base images)", e.getMessage());
        assertEquals(List.of(), installed);
    }

    @Test
    void noAptGetSaysSo() {
        found.remove("apt-get");
        InfraException e = assertThrows(InfraException.class,
                () -> tools(0, Set.of()).ensure("tables", List.of(ARM_GCC, AARCH64_AS)));
        assertTrue(e.getMessage().startsWith("arm-linux-gnueabihf-gcc, aarch64-linux-gnu-as not found on PATH; "
                + "not installing: no apt-get on this machine"), e.getMessage());
        assertTrue(e.getMessage().contains("gcc-arm-linux-gnueabihf binutils-aarch64-linux-gnu"), e.getMessage());
        assertEquals(List.of(), installed);
    }

    @Test
    void aToolStillMissingAfterTheInstallIsAFailureNotASkip() {
        InfraException e = assertThrows(InfraException.class,
                () -> tools(0, Set.of()).ensure("tables", List.of(ARM_GCC)));
        assertTrue(e.getMessage().startsWith("apt-get installed gcc-arm-linux-gnueabihf but PATH still lacks "
                + "arm-linux-gnueabihf-gcc"), e.getMessage());
        assertEquals(1, installed.size());
    }

    @Test
    void oneMessageLine() {
        InfraException e = assertThrows(InfraException.class,
                () -> tools(1000, Set.of()).ensure("tables", List.of(ARM_GCC, DEBOOTSTRAP)));
        assertEquals(1, e.getMessage().lines().count());
    }
}
