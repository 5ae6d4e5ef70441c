package dev.kallsyms.containers.engine;

import dev.kallsyms.debian.InfraException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What Testcontainers 1.21 must be told to work without a registry, and where it is told.
 *
 * <p>Testcontainers reads TESTCONTAINERS_RYUK_DISABLED from the process environment only (System.getenv in
 * ResourceReaper.instance(); it is no property of testcontainers.properties), and a JVM cannot change its own
 * environment. So whoever starts the JVM sets it: the launchers (bin/harness, bin/boot-check) export
 * TESTCONTAINERS_RYUK_DISABLED=true unless the user chose otherwise, and the Maven build passes it to
 * Surefire and Failsafe (the parent pom). Without it Testcontainers would try to pull Ryuk's image; this
 * class refuses that in one line before the engine is touched. A user who exports
 * TESTCONTAINERS_RYUK_DISABLED=false (and has a registry) keeps Ryuk. The host address comes from
 * {@link LocalSocketStrategy}.
 */
public final class TestcontainersSettings {
    public static final String RYUK_DISABLED = "TESTCONTAINERS_RYUK_DISABLED";
    private static final String REAPER_LOG_LEVEL = "org.slf4j.simpleLogger.log.org.testcontainers.utility.ResourceReaper";
    private static final Logger LOG = LoggerFactory.getLogger(TestcontainersSettings.class);

    private TestcontainersSettings() {
    }

    /** @throws InfraException when the JVM was started without {@value #RYUK_DISABLED} */
    public static void apply() {
        require(System.getenv());
        if (ryukDisabled() && System.getProperty(REAPER_LOG_LEVEL) == null) {
            // off on purpose, as the user chose or the launchers set: its five-line banner tells them nothing
            System.setProperty(REAPER_LOG_LEVEL, "error");
        }
        warnIfStrategyPinned();
    }

    /** True when Testcontainers will use its shutdown-hook reaper, not Ryuk (whose image would be pulled). */
    public static boolean ryukDisabled() {
        return Boolean.parseBoolean(System.getenv(RYUK_DISABLED));
    }

    static void require(Map<String, String> environment) {
        if (environment.get(RYUK_DISABLED) == null) {
            throw new InfraException(RYUK_DISABLED + " is not set, so Testcontainers would pull the Ryuk image "
                    + "from a registry: export " + RYUK_DISABLED + "=true (bin/harness, bin/boot-check and the "
                    + "Maven build set it)");
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
