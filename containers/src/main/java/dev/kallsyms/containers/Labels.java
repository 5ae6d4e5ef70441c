package dev.kallsyms.containers;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import dev.kallsyms.containers.engine.LinuxProcessTable;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The labels on every container this project starts. They let {@link Janitor} find our containers (Ryuk is
 * off, so nothing else removes them) and tell a live run's containers from those a crashed run left behind.
 */
public final class Labels {
    public static final String OWNER = "dev.kallsyms.owner";
    public static final String OWNER_VALUE = "kallsyms-trust";
    public static final String RUN = "dev.kallsyms.run";
    public static final String HOST = "dev.kallsyms.host";
    public static final String PID = "dev.kallsyms.pid";
    /** Start time of the owning JVM in epoch millis: a recycled pid then does not look alive. */
    public static final String PROCESS_START = "dev.kallsyms.process-start";
    /**
     * Start of the owning JVM in clock ticks since boot, and that boot: what the liveness check compares,
     * since a wall-clock start moves with the machine's clock and a live owner could look gone.
     */
    public static final String PROCESS_TICKS = "dev.kallsyms.process-ticks";
    public static final String BOOT_ID = "dev.kallsyms.boot-id";

    private static final String RUN_ID = UUID.randomUUID().toString();

    private Labels() {
    }

    /** Identifies this JVM's run; containers carrying it are removed when the run ends. */
    public static String runId() {
        return RUN_ID;
    }

    public static Map<String, String> forThisRun() {
        Map<String, String> labels = new HashMap<>(Map.of(OWNER, OWNER_VALUE,
                RUN, RUN_ID,
                HOST, hostName(),
                PID, Long.toString(ProcessHandle.current().pid()),
                PROCESS_START, Long.toString(ManagementFactory.getRuntimeMXBean().getStartTime())));
        LinuxProcessTable proc = new LinuxProcessTable();
        String boot = proc.bootId();
        Optional<Long> ticks = proc.ownStartTicks();
        if (boot != null && ticks.isPresent()) {
            labels.put(BOOT_ID, boot);
            labels.put(PROCESS_TICKS, Long.toString(ticks.get()));
        }
        return Map.copyOf(labels);
    }

    static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown";
        }
    }
}
