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
 * The user, host and timestamp a tree was built with. kbuild regenerates the headers that hold them on every
 * make; if {@code make zImage} ran as another user or host (a new container has a new host name) or, on 6.1 and
 * later, without the KBUILD_BUILD_TIMESTAMP the build had, a header would change, init/version.o would be
 * rebuilt and vmlinux relinked. Giving make the build's own identity keeps the vmlinux the build made. User and
 * host come from include/generated/compile.h; the timestamp from init/utsversion-tmp.h, which holds "#", the
 * configuration's flags and the build's KBUILD_BUILD_TIMESTAMP (empty when the build set none; 5.10 has no such
 * file and ignores a changed date anyway).
 */
final class BuildIdentity {
    static final String HEADER = "include/generated/compile.h";
    static final String VERSION_HEADER = "init/utsversion-tmp.h";
    private static final Pattern DEFINE = Pattern.compile("(?m)^#define\\s+(LINUX_COMPILE_BY|LINUX_COMPILE_HOST)\\s+\"([^\"]*)\"");
    /** "#", the (here empty) build version, the flags init/Makefile adds, one space, the timestamp. */
    private static final Pattern UTS_VERSION = Pattern.compile(
            "(?m)^#define UTS_VERSION \"#\\d*(?: (?:SMP|PREEMPT_DYNAMIC|PREEMPT_RT|PREEMPT))* (.*)\"$");

    private BuildIdentity() {
    }

    /** The environment that reproduces the tree's identity; empty where the headers are missing. */
    static Map<String, String> environment(Path buildTree) throws IOException {
        Map<String, String> env = new LinkedHashMap<>();
        Path header = buildTree.resolve(HEADER);
        if (Files.isRegularFile(header)) {
            env.putAll(parse(Files.readString(header, StandardCharsets.UTF_8)));
        }
        Path version = buildTree.resolve(VERSION_HEADER);
        if (Files.isRegularFile(version)) {
            env.putAll(parseTimestamp(Files.readString(version, StandardCharsets.UTF_8)));
        }
        return env;
    }

    /** KBUILD_BUILD_TIMESTAMP from init/utsversion-tmp.h, if the build set one. */
    static Map<String, String> parseTimestamp(String header) {
        Matcher m = UTS_VERSION.matcher(header);
        return m.find() && !m.group(1).isEmpty() ? Map.of("KBUILD_BUILD_TIMESTAMP", m.group(1)) : Map.of();
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
