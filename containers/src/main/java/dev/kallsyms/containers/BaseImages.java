package dev.kallsyms.containers;

import dev.kallsyms.containers.image.DebootstrapImporter;
import dev.kallsyms.debian.CacheRoot;
import java.util.Collection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Debian base images per suite. By default they are built locally (debootstrap + import) because no
 * registry is reachable; a user with internet access can set {@code KALLSYMS_BASE_IMAGE_PREFIX=debian}
 * (or the system property {@code kallsyms.base.image.prefix}) to use the public {@code debian:<suite>}.
 */
public final class BaseImages {
    public static final String LOCAL_REPOSITORY = "kallsyms-base";
    static final String PREFIX_ENV = "KALLSYMS_BASE_IMAGE_PREFIX";
    static final String PREFIX_PROPERTY = "kallsyms.base.image.prefix";
    private static final Logger LOG = LoggerFactory.getLogger(BaseImages.class);

    private BaseImages() {
    }

    /** The image name for a suite, e.g. {@code kallsyms-base:bookworm}; builds it if it is missing. */
    public static synchronized String ensure(String suite) {
        String image = imageFor(suite);
        if (publicPrefix() != null) {
            return image;
        }
        DockerEngine engine = DockerEngine.ensureAvailable();
        if (!engine.hasImage(image)) {
            LOG.info("building {} with debootstrap (a minute or more)", image);
            new DebootstrapImporter(mirror(), CacheRoot.get().resolve("debootstrap"))
                    .build(suite, LOCAL_REPOSITORY);
        }
        return image;
    }

    /**
     * Sets up, before any cell starts, what {@link #ensure} will need for these suites: the engine, and
     * debootstrap when a base image has to be built.
     *
     * @throws InfraException with the one line that says what is missing and why it was not installed
     */
    public static void prepareHost(Collection<String> suites) {
        if (publicPrefix() != null) {
            return;
        }
        DockerEngine engine = DockerEngine.ensureAvailable();
        if (suites.stream().anyMatch(suite -> !engine.hasImage(imageFor(suite)))) {
            DebootstrapImporter.ensureTool();
        }
    }

    /** The name {@link #ensure} gives, without building anything. */
    public static String imageFor(String suite) {
        String prefix = publicPrefix();
        return (prefix != null ? prefix : LOCAL_REPOSITORY) + ":" + suite;
    }

    private static String publicPrefix() {
        String value = System.getProperty(PREFIX_PROPERTY, System.getenv(PREFIX_ENV));
        return value == null || value.isBlank() ? null : value.strip();
    }

    static String mirror() {
        String value = System.getenv("KALLSYMS_DEBIAN_MIRROR");
        return value == null || value.isBlank() ? "http://deb.debian.org/debian" : value.replaceAll("/+$", "");
    }
}
