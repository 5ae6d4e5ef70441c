package dev.kallsyms.boot;

import dev.kallsyms.containers.DockerEngine;
import dev.kallsyms.containers.Toolchain;
import dev.kallsyms.containers.ToolchainImage;
import dev.kallsyms.containers.image.ToolchainDockerfile;
import dev.kallsyms.debian.InfraException;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.images.builder.ImageFromDockerfile;

/**
 * A toolchain image with Debian's qemu-system-arm added: the same container can then build zImage and dtbs
 * in the cell's tree and boot them. Rendered by the toolchain images' own Dockerfile maker (same apt retries
 * and failure codes), FROM the toolchain image, so the tag changes whenever the toolchain image does.
 */
public final class QemuImages {
    static final String PACKAGE = "qemu-system-arm";
    private static final Logger LOG = LoggerFactory.getLogger(QemuImages.class);

    private QemuImages() {
    }

    /** @return the tag of the image, built if it is missing */
    public static synchronized String ensure(ToolchainImage toolchainImage) {
        DockerEngine engine = DockerEngine.ensureAvailable();
        Toolchain layer = layer(toolchainImage.toolchain());
        String dockerfile = ToolchainDockerfile.render(layer, toolchainImage.tag());
        String tag = ToolchainDockerfile.tag(layer, dockerfile, "");
        if (!engine.hasImage(tag)) {
            build(tag, dockerfile);
        }
        return tag;
    }

    /** The toolchain, with only the qemu package left to install (the rest is in the base image already). */
    static Toolchain layer(Toolchain toolchain) {
        return new Toolchain(toolchain.id() + "-qemu", toolchain.suite(), List.of(PACKAGE), toolchain.makeVars(),
                toolchain.description() + ", with qemu-system-arm", toolchain.aptOptions(), Map.of(),
                toolchain.pathPrepend());
    }

    private static void build(String tag, String dockerfile) {
        LOG.info("building {} (apt-get install {} inside the build)", tag, PACKAGE);
        try {
            // deleteOnExit=false: the image is a cache meant to outlive this run
            new ImageFromDockerfile(tag, false).withFileFromString("Dockerfile", dockerfile).get();
        } catch (Exception e) {
            throw new InfraException("building " + tag + " failed: " + e.getMessage(), e);
        }
    }
}
