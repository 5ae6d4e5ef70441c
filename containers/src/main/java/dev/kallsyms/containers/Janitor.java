package dev.kallsyms.containers;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Container;
import dev.kallsyms.containers.engine.LinuxProcessTable;
import dev.kallsyms.containers.engine.StalePolicy;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes our containers: Ryuk is off (it needs a registry), so this is the only cleanup, including for
 * containers a crashed earlier run left behind. Runs at start ({@link DockerEngine#ensureAvailable()}), when
 * a {@link BuildContainer} closes (its own container), and in a JVM shutdown hook (this run's containers).
 */
public final class Janitor {
    private static final Logger LOG = LoggerFactory.getLogger(Janitor.class);

    private Janitor() {
    }

    /** Removes containers of runs that are over (their JVM is gone); leaves live runs' alone. */
    public static int removeStale() {
        StalePolicy policy = new StalePolicy(Labels.hostName(), Labels.runId(), new LinuxProcessTable());
        Instant now = Instant.now();
        return remove(c -> policy.isStale(labels(c), Instant.ofEpochSecond(c.getCreated()), now), "stale");
    }

    /** Removes every container this JVM started. */
    public static int removeThisRun() {
        return remove(c -> Labels.runId().equals(labels(c).get(Labels.RUN)), "this run's");
    }

    private static int remove(Predicate<Container> which, String kind) {
        DockerClient client = DockerEngine.ensureAvailable().client();
        List<Container> ours;
        try {
            ours = client.listContainersCmd().withShowAll(true)
                    .withLabelFilter(Map.of(Labels.OWNER, Labels.OWNER_VALUE)).exec();
        } catch (RuntimeException e) {
            LOG.warn("could not list containers for cleanup: {}", e.getMessage());
            return 0;
        }
        int removed = 0;
        for (Container c : ours) {
            if (which.test(c)) {
                removed += removeOne(client, c.getId()) ? 1 : 0;
            }
        }
        if (removed > 0) {
            LOG.info("removed {} {} container(s)", removed, kind);
        }
        return removed;
    }

    static boolean removeOne(DockerClient client, String id) {
        try {
            client.removeContainerCmd(id).withForce(true).withRemoveVolumes(true).exec();
            return true;
        } catch (NotFoundException e) {
            return false;
        } catch (RuntimeException e) {
            LOG.warn("could not remove container {}: {}", id, e.getMessage());
            return false;
        }
    }

    private static Map<String, String> labels(Container c) {
        return c.getLabels() == null ? Map.of() : c.getLabels();
    }
}
