package dev.kallsyms.containers.engine;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kallsyms.debian.InfraException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A killed dockerd's pid file must not keep the next one from starting; a live one's must. */
class StalePidFileTest {
    @TempDir
    Path dir;

    @Test
    void theFileOfAProcessThatIsGoneIsRemoved() throws Exception {
        Process done = new ProcessBuilder("true").start();
        done.waitFor();
        Path pid = Files.writeString(dir.resolve("docker.pid"), Long.toString(done.pid()));
        DockerDaemonStarter.clearStalePidFile(pid, Duration.ofSeconds(5));
        assertTrue(Files.notExists(pid));
        Path garbage = Files.writeString(dir.resolve("garbage.pid"), "not a pid");
        DockerDaemonStarter.clearStalePidFile(garbage, Duration.ofSeconds(5));
        assertTrue(Files.notExists(garbage));
    }

    @Test
    void aLiveProcessIsWaitedForThenReportedNotKilled() throws Exception {
        Path pid = Files.writeString(dir.resolve("docker.pid"), Long.toString(ProcessHandle.current().pid()));
        InfraException e = assertThrows(InfraException.class,
                () -> DockerDaemonStarter.clearStalePidFile(pid, Duration.ofMillis(600)));
        assertTrue(e.getMessage().contains("is running but does not answer"), e.getMessage());
        assertTrue(Files.exists(pid));
    }
}
