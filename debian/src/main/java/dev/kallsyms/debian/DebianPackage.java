package dev.kallsyms.debian;

import java.net.URI;

/** One binary package as a suite's Packages index describes it. */
public record DebianPackage(String name, String version, String suite, URI url, String sha256, long size) {
    /** The file name under which the package is cached: unique per name and version. */
    public String fileName() {
        String path = url.getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
