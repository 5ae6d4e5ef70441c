package dev.kallsyms.containers.engine;

import dev.kallsyms.debian.InfraException;
import dev.kallsyms.debian.host.Commands;
import dev.kallsyms.debian.host.HostTool;
import dev.kallsyms.debian.host.HostTools;
import dev.kallsyms.debian.host.HostUser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Installs (with {@link HostTools}) and starts a Docker daemon on a machine where none runs; needs root. */
public final class DockerDaemonStarter {
    private static final Logger LOG = LoggerFactory.getLogger(DockerDaemonStarter.class);
    private static final Duration STARTUP = Duration.ofSeconds(90);
    private static final Duration PREVIOUS_EXIT = Duration.ofSeconds(30);
    private static final Path PID_FILE = Path.of("/var/run/docker.pid");
    private static final HostTool DOCKERD = new HostTool("dockerd",
            List.of("docker.io", "iptables", "tini", "ca-certificates"));

    private final Path logDir;

    public DockerDaemonStarter(Path logDir) {
        this.logDir = logDir;
    }

    public void installAndStart() {
        long uid = HostUser.uid();
        if (uid != 0 && Files.exists(LocalSocketStrategy.SOCKET) && !Files.isWritable(LocalSocketStrategy.SOCKET)) {
            throw new InfraException("the Docker socket " + LocalSocketStrategy.SOCKET + " exists but uid " + uid
                    + " may not use it: join the docker group (and log in again) or set DOCKER_HOST");
        }
        if (uid != 0) {
            throw new InfraException("no Docker engine answers at " + LocalSocketStrategy.SOCKET
                    + " and DOCKER_HOST is not set; installing and starting one needs root, but this process"
                    + " runs as uid " + uid + (Commands.onPath("dockerd") ? " (dockerd is installed: start it,"
                    + " e.g. 'sudo dockerd &', or add yourself to the docker group)"
                    : " (dockerd is not installed: 'sudo apt-get install docker.io', then start dockerd)"));
        }
        try {
            Files.createDirectories(logDir);
            HostTools.system().ensure("to run the build containers", List.of(DOCKERD));
            start();
        } catch (IOException e) {
            throw new InfraException("could not start dockerd: " + e.getMessage(), e);
        }
    }

    private void start() throws IOException {
        clearStalePidFile(PID_FILE, PREVIOUS_EXIT);
        Path log = logDir.resolve("dockerd.log");
        LOG.info("starting dockerd in the background (log: {})", log);
        // setsid: a Ctrl-C aimed at this JVM's process group must not stop the daemon other runs share
        List<String> command = Commands.onPath("setsid") ? List.of("setsid", "dockerd") : List.of("dockerd");
        new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .start();
        try {
            Awaitility.await("dockerd answering on " + LocalSocketStrategy.SOCKET)
                    .atMost(STARTUP)
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> EnginePing.answers(LocalSocketStrategy.SOCKET));
        } catch (ConditionTimeoutException e) {
            throw new InfraException("dockerd did not answer within " + STARTUP + "; end of " + log + ":\n"
                    + Commands.tail(log, 20), e);
        }
    }

    /**
     * A dockerd that was killed leaves /var/run/docker.pid behind, and a new one refuses to start while the pid
     * in it is alive: a moment after a kill it still is. Waits for that process to go, then removes the file;
     * one that lives on without answering is not ours to kill.
     */
    static void clearStalePidFile(Path pidFile, Duration wait) throws IOException {
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(Files.readString(pidFile).strip());
        } catch (NumberFormatException e) {
            Files.deleteIfExists(pidFile);
            return;
        }
        try {
            Awaitility.await("dockerd pid " + pid + " gone").atMost(wait).pollInterval(Duration.ofMillis(200))
                    .until(() -> ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true));
        } catch (ConditionTimeoutException e) {
            throw new InfraException("dockerd (pid " + pid + ", " + pidFile + ") is running but does not answer on "
                    + LocalSocketStrategy.SOCKET + ": stop it, then run again", e);
        }
        Files.deleteIfExists(pidFile);
    }
}
