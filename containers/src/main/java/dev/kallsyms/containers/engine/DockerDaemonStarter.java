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
}
