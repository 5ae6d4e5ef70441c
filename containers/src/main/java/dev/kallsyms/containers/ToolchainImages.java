package dev.kallsyms.containers;

import dev.kallsyms.containers.image.Recipes;
import dev.kallsyms.containers.image.ToolVersions;
import dev.kallsyms.containers.image.ToolchainDockerfile;
import dev.kallsyms.debian.CacheRoot;
import dev.kallsyms.debian.InfraException;
import java.util.Collection;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.images.builder.ImageFromDockerfile;

/** Builds toolchain images from recipes (FROM the local Debian base), reusing an image whose tag exists. */
public final class ToolchainImages {
    private static final Logger LOG = LoggerFactory.getLogger(ToolchainImages.class);
    private static final Pattern EXIT_CODE = Pattern.compile("(?:non-zero code|exit code):? (\\d+)");

    private ToolchainImages() {
    }

    /**
     * Before any image work: the engine and the host tools that building these toolchains' images needs.
     *
     * @throws InfraException with one line saying what is missing and why it was not set up
     */
    public static void prepareHost(Collection<String> toolchainIds) {
        BaseImages.prepareHost(toolchainIds.stream().map(id -> Toolchains.load(id).suite()).distinct().toList());
    }

    public static ToolchainImage ensure(String toolchainId) {
        return ensure(Toolchains.load(toolchainId));
    }

    /** @throws InfraException when the mirror kept failing or the engine broke down */
    public static synchronized ToolchainImage ensure(Toolchain toolchain) {
        DockerEngine engine = DockerEngine.ensureAvailable();
        String base = BaseImages.ensure(toolchain.suite());
        String dockerfile = ToolchainDockerfile.render(toolchain, base);
        String tag = ToolchainDockerfile.tag(toolchain, dockerfile, Recipes.recipeText(toolchain.id()));
        if (!engine.hasImage(tag)) {
            build(tag, dockerfile);
        }
        String imageId = engine.imageId(tag);
        Map<String, String> versions = new ToolVersions(CacheRoot.get().resolve("toolchains"))
                .of(tag, imageId, toolchain.versionCommands());
        return new ToolchainImage(toolchain, tag, imageId, base, versions);
    }

    /**
     * The image of exactly this id when the engine still has it (whatever its recipe's tag now names), for a
     * run that pins the image a cell was built with.
     */
    public static synchronized java.util.Optional<ToolchainImage> byId(String toolchainId, String imageId) {
        Toolchain toolchain = Toolchains.load(toolchainId);
        DockerEngine engine = DockerEngine.ensureAvailable();
        if (!engine.hasImage(imageId)) {
            return java.util.Optional.empty();
        }
        Map<String, String> versions = new ToolVersions(CacheRoot.get().resolve("toolchains"))
                .of(imageId, imageId, toolchain.versionCommands());
        return java.util.Optional.of(new ToolchainImage(toolchain, imageId, imageId,
                BaseImages.imageFor(toolchain.suite()), versions));
    }

    private static void build(String tag, String dockerfile) {
        LOG.info("building {} (apt-get inside the build; a few minutes)", tag);
        long start = System.nanoTime();
        try {
            // deleteOnExit=false: the image is a cache meant to outlive this run
            new ImageFromDockerfile(tag, false).withFileFromString("Dockerfile", dockerfile).get();
        } catch (RuntimeException e) {
            throw classify(tag, e);
        } catch (Exception e) {
            throw new InfraException("building " + tag + " was interrupted or failed: " + e.getMessage(), e);
        }
        LOG.info("built {} in {} s", tag, (System.nanoTime() - start) / 1_000_000_000L);
    }

    /** A recipe naming a missing package is a bug in our data; anything else is infrastructure. */
    static RuntimeException classify(String tag, Throwable failure) {
        String messages = messages(failure);
        Matcher m = EXIT_CODE.matcher(messages);
        if (m.find() && Integer.parseInt(m.group(1)) == ToolchainDockerfile.EXIT_NO_SUCH_PACKAGE) {
            return new IllegalStateException("toolchain recipe for " + tag + " names a package its suite lacks: "
                    + messages, failure);
        }
        return new InfraException("building " + tag + " failed: " + messages, failure);
    }

    private static String messages(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            text.append(t.getMessage()).append(" / ");
        }
        return text.toString();
    }
}
