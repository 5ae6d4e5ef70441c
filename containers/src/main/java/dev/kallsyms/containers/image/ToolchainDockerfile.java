package dev.kallsyms.containers.image;

import dev.kallsyms.containers.Toolchain;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The Dockerfile of a toolchain image and the tag that names it. The tag carries a hash of everything that
 * shapes the image (base image name, recipe text, this Dockerfile), so an unchanged recipe reuses its image
 * and a changed one gets a new image.
 */
public final class ToolchainDockerfile {
    public static final String REPOSITORY = "kallsyms-toolchain";
    /** Exit code of the RUN step when the mirror kept failing: the build failed for infrastructure reasons. */
    public static final int EXIT_MIRROR_FAILED = 75;
    /** Exit code of the RUN step when the suite has no such package: the recipe is wrong. */
    public static final int EXIT_NO_SUCH_PACKAGE = 65;

    private ToolchainDockerfile() {
    }

    public static String render(Toolchain toolchain, String baseImage) {
        String apt = ("apt-get -o Acquire::Retries=3 " + String.join(" ", toolchain.aptOptions())).strip();
        String packages = String.join(" ", toolchain.packages());
        return "FROM " + baseImage + "\n"
                + "LABEL dev.kallsyms.toolchain=\"" + toolchain.id() + "\"\n"
                + "ENV DEBIAN_FRONTEND=noninteractive LANG=C.UTF-8 "
                + "PATH=" + (toolchain.pathPrepend().isEmpty() ? "" : toolchain.pathPrepend() + ":")
                + "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\n"
                // the mirror is sometimes mid-sync: retry with growing pauses, then report it by exit code
                + "RUN retry() { for pause in 10 30 60 120 0; do \"$@\" && return 0;"
                + " [ $pause -gt 0 ] && echo \"retrying in $pause s\" && sleep $pause; done; return 1; }; \\\n"
                + "    retry " + apt + " update || exit " + EXIT_MIRROR_FAILED + "; \\\n"
                + "    for p in " + packages + "; do apt-cache show $p >/dev/null 2>&1"
                + " || { echo \"no package $p in " + toolchain.suite() + "\"; exit " + EXIT_NO_SUCH_PACKAGE
                + "; }; done; \\\n"
                + "    retry " + apt + " install -y --no-install-recommends " + packages
                + " || exit " + EXIT_MIRROR_FAILED + "; \\\n"
                + "    apt-get clean && rm -rf /var/lib/apt/lists/*\n";
    }

    /** e.g. {@code kallsyms-toolchain:gcc-12-3f2a9c01b7de}. */
    public static String tag(Toolchain toolchain, String dockerfile, String recipeText) {
        return REPOSITORY + ":" + toolchain.id() + "-" + hash(dockerfile + "\0" + recipeText);
    }

    static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
