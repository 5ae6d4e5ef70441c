package dev.kallsyms.containers.image;

import dev.kallsyms.debian.InfraException;
import dev.kallsyms.debian.host.Commands;
import dev.kallsyms.debian.host.HostTool;
import dev.kallsyms.debian.host.HostTools;
import dev.kallsyms.debian.host.Retry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Makes a Debian base image without a registry: debootstrap a minimal root file system, import it. */
public final class DebootstrapImporter {
    private static final Logger LOG = LoggerFactory.getLogger(DebootstrapImporter.class);
    private static final Path SCRIPTS = Path.of("/usr/share/debootstrap/scripts");

    private final String mirror;
    private final Path workDir;

    public DebootstrapImporter(String mirror, Path workDir) {
        this.mirror = mirror;
        this.workDir = workDir;
    }

    /** Builds repository:suite from a fresh minbase debootstrap of suite. */
    public void build(String suite, String repository) {
        requireDebootstrapFor(suite);
        Path log = workDir.resolve("debootstrap-" + suite + ".log");
        Path rootfs = null;
        try {
            Files.createDirectories(workDir);
            Files.deleteIfExists(log);
            Path dir = Files.createTempDirectory(workDir, "rootfs-" + suite + "-");
            rootfs = dir;
            long start = System.nanoTime();
            Retry.withBackoff("debootstrap " + suite, 3, Duration.ofSeconds(15), () -> {
                Commands.run(List.of("rm", "-rf", dir.toString()), Map.of(), log);
                Commands.run(List.of("debootstrap", "--variant=minbase", suite, dir.toString(), mirror),
                        Map.of(), log);
            });
            LOG.info("debootstrap {} took {} s (log: {})", suite, (System.nanoTime() - start) / 1_000_000_000L,
                    log);
            long imported = System.nanoTime();
            importTree(dir, repository, suite, log);
            LOG.info("docker import of {} took {} s", suite, (System.nanoTime() - imported) / 1_000_000_000L);
        } catch (IOException e) {
            throw new InfraException("building base image " + repository + ":" + suite + " failed: "
                    + e.getMessage(), e);
        } finally {
            if (rootfs != null) {
                removeQuietly(rootfs, log);
            }
        }
    }

    /**
     * Imports the tree with the docker CLI. docker-java's import (createImageCmd with a stream) fails on
     * engine 20.10 with "Error processing tar file: unexpected EOF" even for a complete tar file, while
     * {@code docker import} of the same stream works.
     */
    private void importTree(Path rootfs, String repository, String tag, Path log) throws IOException {
        if (!Commands.onPath("docker")) {
            throw new IOException("the docker command-line client is needed to import the base image");
        }
        // system tar keeps owners and modes exactly as debootstrap left them; /dev is the engine's business
        String pipeline = "tar --numeric-owner --exclude=./dev/* -C '" + rootfs + "' -c . | docker import"
                + " --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'"
                + " - '" + repository + ":" + tag + "'";
        Commands.run(List.of("bash", "-c", "set -o pipefail; " + pipeline), Map.of(), log);
    }

    /** debootstrap on the host, installed the way dockerd is when missing. */
    public static void ensureTool() {
        HostTools.system().ensure("debootstrap builds the base images because no registry is reachable",
                List.of(new HostTool("debootstrap", "debootstrap")));
    }

    private static void requireDebootstrapFor(String suite) {
        ensureTool();
        if (!Files.exists(SCRIPTS.resolve(suite))) {
            throw new InfraException("this machine's debootstrap has no script for suite '" + suite
                    + "' (" + SCRIPTS + "); install a newer debootstrap");
        }
    }

    private static void removeQuietly(Path dir, Path log) {
        try {
            Commands.run(List.of("rm", "-rf", dir.toString()), Map.of(), log);
        } catch (IOException e) {
            LOG.warn("could not remove {}: {}", dir, e.getMessage());
        }
    }
}
