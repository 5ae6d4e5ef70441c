package dev.kallsyms.containers.image;

import dev.kallsyms.containers.Labels;
import dev.kallsyms.debian.InfraException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.testcontainers.containers.Container.ExecResult;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The versions of the tools in an image (first line of e.g. {@code arm-linux-gnueabihf-gcc --version}),
 * asked once per image id and cached in a properties file, since asking needs a container.
 */
public final class ToolVersions {
    private static final String IMAGE_ID_KEY = "image.id";

    private final Path cacheDir;

    public ToolVersions(Path cacheDir) {
        this.cacheDir = cacheDir;
    }

    public Map<String, String> of(String image, String imageId, Map<String, String> commands) {
        Path file = cacheDir.resolve(image.replaceAll("[^A-Za-z0-9._-]", "_") + ".versions");
        Properties cached = read(file);
        // a version asked for since the image was last asked means asking again
        if (imageId.equals(cached.getProperty(IMAGE_ID_KEY))
                && cached.stringPropertyNames().containsAll(commands.keySet())) {
            Map<String, String> versions = new TreeMap<>();
            commands.keySet().forEach(name -> versions.put(name, cached.getProperty(name, "")));
            return versions;
        }
        Map<String, String> versions = ask(image, commands);
        write(file, imageId, versions);
        return versions;
    }

    private static Map<String, String> ask(String image, Map<String, String> commands) {
        Map<String, String> versions = new TreeMap<>();
        try (GenericContainer<?> container = new GenericContainer<>(DockerImageName.parse(image))
                .withCommand("sleep", "infinity")
                .withNetworkMode("none")
                .withLabels(Labels.forThisRun())) {
            container.start();
            for (Map.Entry<String, String> command : commands.entrySet()) {
                // some tools (java -version) print their version on stderr
                ExecResult result = container.execInContainer("sh", "-c", command.getValue() + " 2>&1");
                versions.put(command.getKey(), result.getStdout().lines().findFirst().orElse("").strip());
            }
        } catch (IOException e) {
            throw new InfraException("could not ask " + image + " for its tool versions: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InfraException("interrupted while asking " + image + " for its tool versions", e);
        }
        return versions;
    }

    private static Properties read(Path file) {
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                p.load(in);
            } catch (IOException e) {
                return new Properties();
            }
        }
        return p;
    }

    private static void write(Path file, String imageId, Map<String, String> versions) {
        Properties p = new Properties();
        p.putAll(versions);
        p.setProperty(IMAGE_ID_KEY, imageId);
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
            try (OutputStream out = Files.newOutputStream(temp)) {
                p.store(out, "tool versions of one image id");
            }
            Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // only a cache: the next run asks again
        }
    }
}
