package dev.kallsyms.containers;

import com.github.dockerjava.api.DockerClient;
import dev.kallsyms.containers.engine.DockerDaemonStarter;
import dev.kallsyms.containers.engine.EnginePing;
import dev.kallsyms.containers.engine.LocalSocketStrategy;
import dev.kallsyms.containers.engine.TestcontainersSettings;
import dev.kallsyms.debian.CacheRoot;
import dev.kallsyms.debian.InfraException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;

/**
 * The Docker engine every container of this project runs on. {@link #ensureAvailable()} uses an engine that
 * answers; failing that, as root, installs docker.io and starts dockerd; otherwise it says what is missing.
 */
public final class DockerEngine {
    private static final Logger LOG = LoggerFactory.getLogger(DockerEngine.class);
    private static DockerEngine instance;

    private final DockerClient client;

    private DockerEngine(DockerClient client) {
        this.client = client;
    }

    /**
     * Makes an engine available (once per JVM), configures Testcontainers for a machine without a registry,
     * removes containers that crashed runs left behind and arranges for this run's to be removed at exit.
     *
     * @throws InfraException when no engine can be had
     */
    public static synchronized DockerEngine ensureAvailable() {
        boolean userChoseEngine = LocalSocketStrategy.dockerHostConfigured();
        if (instance != null) {
            // dockerd can die under a long matrix (killed, OOM, restarted by hand): start it again, once per
            // caller, rather than fail every cell after it; the client reconnects on its next request
            if (!userChoseEngine && !EnginePing.answers(LocalSocketStrategy.SOCKET)) {
                LOG.warn("the Docker engine stopped answering at {}; starting it again", LocalSocketStrategy.SOCKET);
                new DockerDaemonStarter(CacheRoot.get().resolve("logs")).installAndStart();
            }
            return instance;
        }
        TestcontainersSettings.apply();
        if (!userChoseEngine && !EnginePing.answers(LocalSocketStrategy.SOCKET)) {
            new DockerDaemonStarter(CacheRoot.get().resolve("logs")).installAndStart();
        }
        DockerClient client;
        try {
            client = DockerClientFactory.instance().client();
        } catch (RuntimeException e) {
            throw new InfraException("Testcontainers found no usable Docker engine"
                    + (userChoseEngine ? " at the configured DOCKER_HOST" : "") + ": " + e.getMessage(), e);
        }
        instance = new DockerEngine(client);
        LOG.info("Docker engine {} via {}", DockerClientFactory.instance().getActiveApiVersion(),
                DockerClientFactory.instance().getTransportConfig().getDockerHost());
        Janitor.removeStale();
        Runtime.getRuntime().addShutdownHook(new Thread(Janitor::removeThisRun, "kallsyms-janitor"));
        return instance;
    }

    public DockerClient client() {
        return client;
    }

    /** The engine's version string, e.g. "20.10.24+dfsg1", for run metadata. */
    public String serverVersion() {
        return client.versionCmd().exec().getVersion();
    }

    /** Whether an image (name:tag or id) exists locally. */
    public boolean hasImage(String image) {
        try {
            client.inspectImageCmd(image).exec();
            return true;
        } catch (com.github.dockerjava.api.exception.NotFoundException e) {
            return false;
        }
    }

    /** The local image's id (sha256:...). */
    public String imageId(String image) {
        return client.inspectImageCmd(image).exec().getId();
    }
}
