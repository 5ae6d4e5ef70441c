package dev.kallsyms.boot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The user and host a tree was built as, from its include/generated/compile.h. kbuild regenerates that header
 * on every make; if {@code make zImage} ran as another user or host (a new container has a new host name), the
 * header would change, init/version.o would be rebuilt and vmlinux relinked. Giving make the build's own
 * identity (KBUILD_BUILD_USER, KBUILD_BUILD_HOST) keeps the vmlinux the build made.
 */
final class BuildIdentity {
    static final String HEADER = "include/generated/compile.h";
    private static final Pattern DEFINE = Pattern.compile("(?m)^#define\\s+(LINUX_COMPILE_BY|LINUX_COMPILE_HOST)\\s+\"([^\"]*)\"");

    private BuildIdentity() {
    }

    /** The environment that reproduces the tree's identity; empty when the header is missing. */
    static Map<String, String> environment(Path buildTree) throws IOException {
        Path header = buildTree.resolve(HEADER);
        if (!Files.isRegularFile(header)) {
            return Map.of();
        }
        return parse(Files.readString(header, StandardCharsets.UTF_8));
    }

    static Map<String, String> parse(String header) {
        Map<String, String> env = new LinkedHashMap<>();
        Matcher m = DEFINE.matcher(header);
        while (m.find()) {
            env.put(m.group(1).equals("LINUX_COMPILE_BY") ? "KBUILD_BUILD_USER" : "KBUILD_BUILD_HOST", m.group(2));
        }
        return env;
    }
}
