package dev.kallsyms.containers.engine;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.utility.ResourceReaper;

/**
 * Makes Testcontainers 1.21 work without a registry and without the user exporting anything.
 *
 * <p>Testcontainers reads TESTCONTAINERS_RYUK_DISABLED and TESTCONTAINERS_HOST_OVERRIDE from the process
 * environment only (System.getenv in ResourceReaper.instance() and
 * DockerClientProviderStrategy.resolveDockerHostIpAddress; neither is a property in
 * testcontainers.properties), and a JVM cannot change its own environment. So: the host address comes from
 * {@link LocalSocketStrategy}, and Ryuk (whose image would have to be pulled) is replaced by the
 * shutdown-hook reaper Testcontainers itself uses when Ryuk is disabled, installed before first use. A user
 * who exports TESTCONTAINERS_RYUK_DISABLED=false (and has a registry) keeps Ryuk.
 */
public final class TestcontainersSettings {
    private static final Logger LOG = LoggerFactory.getLogger(TestcontainersSettings.class);
    private static boolean applied;

    private TestcontainersSettings() {
    }

    public static synchronized void apply() {
        if (applied) {
            return;
        }
        if (System.getenv("TESTCONTAINERS_RYUK_DISABLED") == null) {
            disableRyuk();
        }
        warnIfStrategyPinned();
        applied = true;
    }

    /** True when the reaper in use is not Ryuk (which would need to pull testcontainers/ryuk). */
    public static boolean ryukDisabled() {
        return !ResourceReaper.instance().getClass().getSimpleName().startsWith("Ryuk");
    }

    private static void disableRyuk() {
        synchronized (ResourceReaper.class) {
            try {
                Field instance = ResourceReaper.class.getDeclaredField("instance");
                instance.setAccessible(true);
                if (instance.get(null) != null) {
                    return;
                }
                Class<?> hookReaper = Class.forName("org.testcontainers.utility.JVMHookResourceReaper");
                Constructor<?> constructor = hookReaper.getDeclaredConstructor();
                constructor.setAccessible(true);
                instance.set(null, constructor.newInstance());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("this Testcontainers version hides its reaper differently; "
                        + "export TESTCONTAINERS_RYUK_DISABLED=true or adapt " + TestcontainersSettings.class, e);
            }
        }
    }

    /** A strategy pinned by an earlier Testcontainers run is tried before ours; say what to do about it. */
    private static void warnIfStrategyPinned() {
        Path file = Path.of(System.getProperty("user.home"), ".testcontainers.properties");
        if (!Files.isRegularFile(file) || System.getenv("TESTCONTAINERS_HOST_OVERRIDE") != null) {
            return;
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        } catch (IOException e) {
            return;
        }
        String pinned = p.getProperty("docker.client.strategy");
        if (pinned != null && !pinned.equals(LocalSocketStrategy.class.getName())) {
            LOG.warn("{} pins docker.client.strategy={}; inside a container without a registry this can hang "
                    + "for 2 minutes. Remove that line or export TESTCONTAINERS_HOST_OVERRIDE=localhost.",
                    file, pinned);
        }
    }
}
