package dev.kallsyms.containers.engine;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.testcontainers.dockerclient.DockerClientProviderStrategy;
import org.testcontainers.dockerclient.TransportConfig;
import org.testcontainers.utility.TestcontainersConfiguration;

/**
 * Connects Testcontainers to the engine on the local Unix socket and reports "localhost" as the engine's
 * address. Testcontainers' own socket strategy, when it finds /.dockerenv, asks the bridge network for a
 * gateway and, if the engine does not list one, starts an alpine container to find it: that pull cannot
 * succeed without a registry and hangs for two minutes. Our containers publish no ports, so the address
 * only has to be something that does not need a pull.
 *
 * <p>Registered through META-INF/services, ranked below the DOCKER_HOST strategy so that a user who set
 * DOCKER_HOST keeps it, and above the plain socket strategy. Never persisted to ~/.testcontainers.properties.
 */
public class LocalSocketStrategy extends DockerClientProviderStrategy {
    public static final Path SOCKET = Path.of("/var/run/docker.sock");
    static final int PRIORITY = 90;

    @Override
    public String getDescription() {
        return "local Unix socket " + SOCKET + " (kallsyms-trust, no registry needed)";
    }

    @Override
    protected boolean isApplicable() {
        return !dockerHostConfigured() && Files.exists(SOCKET);
    }

    @Override
    protected boolean isPersistable() {
        return false;
    }

    @Override
    protected int getPriority() {
        return PRIORITY;
    }

    @Override
    public TransportConfig getTransportConfig() {
        return TransportConfig.builder().dockerHost(URI.create("unix://" + SOCKET)).build();
    }

    @Override
    public synchronized String getDockerHostIpAddress() {
        String override = System.getenv("TESTCONTAINERS_HOST_OVERRIDE");
        return override == null || override.isBlank() ? "localhost" : override;
    }

    /** DOCKER_HOST in the environment or docker.host in ~/.testcontainers.properties. */
    public static boolean dockerHostConfigured() {
        String host = TestcontainersConfiguration.getInstance().getEnvVarOrUserProperty("docker.host", null);
        return host != null && !host.isBlank();
    }
}
