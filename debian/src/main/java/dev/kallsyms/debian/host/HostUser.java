package dev.kallsyms.debian.host;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The uid and gid this JVM runs as (the owner of /proc/self), for running container processes as us. */
public final class HostUser {
    private HostUser() {
    }

    public static long uid() {
        return attribute("unix:uid");
    }

    public static long gid() {
        return attribute("unix:gid");
    }

    /** "uid:gid", the form docker's --user takes. */
    public static String uidGid() {
        return uid() + ":" + gid();
    }

    private static long attribute(String name) {
        try {
            return ((Number) Files.getAttribute(Path.of("/proc/self"), name)).longValue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
