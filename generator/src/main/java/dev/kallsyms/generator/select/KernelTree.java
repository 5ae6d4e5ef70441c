package dev.kallsyms.generator.select;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Finds the version of the kernel tree a directory belongs to. link-vmlinux.sh runs kallsyms in the
 * object tree: that is the source tree itself, or an O= directory with a "source" link and a
 * generated Makefile that includes the source Makefile.
 */
public final class KernelTree {
    private KernelTree() {
    }

    /** "X.Y" from VERSION and PATCHLEVEL of the tree's top Makefile, or from include/config/kernel.release. */
    public static Optional<String> version(Path dir) {
        Path makefile = dir.resolve("Makefile");
        Optional<String> v = fromMakefile(makefile);
        if (v.isEmpty()) {
            v = fromMakefile(dir.resolve("source").resolve("Makefile"));
        }
        if (v.isEmpty()) {
            Optional<Path> included = includedMakefile(makefile, dir);
            if (included.isPresent()) {
                v = fromMakefile(included.get());
            }
        }
        if (v.isEmpty()) {
            v = firstLine(dir.resolve("include/config/kernel.release"));
        }
        return v;
    }

    private static Optional<String> fromMakefile(Path makefile) {
        String version = null;
        String patchlevel = null;
        for (String line : lines(makefile)) {
            String[] kv = assignment(line);
            if (kv == null) {
                continue;
            }
            if (kv[0].equals("VERSION") && version == null) {
                version = kv[1];
            } else if (kv[0].equals("PATCHLEVEL") && patchlevel == null) {
                patchlevel = kv[1];
            }
        }
        if (isNumber(version) && isNumber(patchlevel)) {
            return Optional.of(version + "." + patchlevel);
        }
        return Optional.empty();
    }

    private static Optional<Path> includedMakefile(Path makefile, Path dir) {
        for (String line : lines(makefile)) {
            String t = line.trim();
            if (t.startsWith("include ") && t.endsWith("Makefile")) {
                return Optional.of(dir.resolve(t.substring("include ".length()).trim()));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> firstLine(Path file) {
        for (String line : lines(file)) {
            if (!line.trim().isEmpty()) {
                return Optional.of(line.trim());
            }
        }
        return Optional.empty();
    }

    /** "NAME = value" (also ":=" and "?="), or null. */
    private static String[] assignment(String line) {
        int eq = line.indexOf('=');
        if (eq <= 0) {
            return null;
        }
        int nameEnd = eq;
        if (line.charAt(eq - 1) == ':' || line.charAt(eq - 1) == '?') {
            nameEnd--;
        }
        String name = line.substring(0, nameEnd).trim();
        return new String[] {name, line.substring(eq + 1).trim()};
    }

    static boolean isNumber(String s) {
        if (s == null || s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static List<String> lines(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readAllLines(file, StandardCharsets.ISO_8859_1) : List.of();
        } catch (IOException e) {
            return List.of();
        }
    }
}
