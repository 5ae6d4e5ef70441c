package dev.kallsyms.debian.host;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Installs Debian packages on the host with apt-get (root), retried: the mirror is sometimes mid-sync. */
public final class AptGet {
    private static final Map<String, String> ENV = Map.of("DEBIAN_FRONTEND", "noninteractive");
    // other users of the machine may hold dpkg's lock for a while (an install of their own)
    private static final String LOCK_WAIT = "DPkg::Lock::Timeout=300";

    private final Path logDir;

    public AptGet(Path logDir) {
        this.logDir = logDir;
    }

    public void install(List<String> packages) {
        Path log = logDir.resolve("apt-" + String.join("-", packages) + ".log");
        Retry.withBackoff("apt-get update", 4, Duration.ofSeconds(10),
                () -> Commands.run(List.of("apt-get", "-o", LOCK_WAIT, "update"), ENV, log));
        List<String> command = new ArrayList<>(List.of("apt-get", "-o", LOCK_WAIT, "install", "-y",
                "--no-install-recommends"));
        command.addAll(packages);
        Retry.withBackoff("apt-get install " + String.join(" ", packages) + " (log: " + log + ")", 3,
                Duration.ofSeconds(10), () -> Commands.run(command, ENV, log));
    }
}
