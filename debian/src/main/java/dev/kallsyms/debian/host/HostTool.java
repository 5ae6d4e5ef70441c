package dev.kallsyms.debian.host;

import java.util.List;

/**
 * A program this project runs on the host, and the Debian packages that give it (the first one provides the
 * program; any others are what it needs beside it and apt would not pull in without recommends).
 */
public record HostTool(String command, List<String> packages) {
    public HostTool {
        if (packages.isEmpty()) {
            throw new IllegalArgumentException("no package named for " + command);
        }
        packages = List.copyOf(packages);
    }

    public HostTool(String command, String debianPackage) {
        this(command, List.of(debianPackage));
    }
}
