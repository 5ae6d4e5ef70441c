package dev.kallsyms.containers;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Containers of a dead run are removed; those of this run and of live runs stay. */
class JanitorIT {
    @Test
    void removesWhatACrashedRunLeftAndKeepsLiveRuns() {
        DockerClient client = DockerEngine.ensureAvailable().client();
        String image = BaseImages.ensure("bookworm");
        Map<String, String> crashed = new HashMap<>(Labels.forThisRun());
        crashed.put(Labels.RUN, "crashed-run");
        crashed.put(Labels.PID, Long.toString(deadPid()));
        Map<String, String> live = new HashMap<>(Labels.forThisRun());
        live.put(Labels.RUN, "live-run-in-this-jvm");
        String crashedId = client.createContainerCmd(image).withCmd("true").withLabels(crashed).exec().getId();
        String liveId = client.createContainerCmd(image).withCmd("true").withLabels(live).exec().getId();
        String mineId = client.createContainerCmd(image).withCmd("true").withLabels(Labels.forThisRun()).exec().getId();
        try {
            Janitor.removeStale();
            assertFalse(exists(client, crashedId), "a dead run's container is removed");
            assertTrue(exists(client, liveId), "a live run's container stays");
            assertTrue(exists(client, mineId), "this run's container stays");

            Janitor.removeThisRun();
            assertFalse(exists(client, mineId));
            assertTrue(exists(client, liveId));
        } finally {
            for (String id : new String[] {crashedId, liveId, mineId}) {
                try {
                    client.removeContainerCmd(id).withForce(true).exec();
                } catch (NotFoundException e) {
                    // already gone
                }
            }
        }
    }

    private static long deadPid() {
        long pid = 4_000_000;
        while (ProcessHandle.of(pid).isPresent()) {
            pid++;
        }
        return pid;
    }

    private static boolean exists(DockerClient client, String id) {
        try {
            client.inspectContainerCmd(id).exec();
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }
}
