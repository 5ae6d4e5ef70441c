package dev.kallsyms.harness;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * One build of the matrix: kernel generation × toolchain × defconfig × config fragments × make variables.
 *
 * @param kernel    generation as in fixtures' kernels.list, e.g. {@code 6.1}
 * @param toolchain toolchain recipe id, e.g. {@code gcc-12}
 * @param defconfig the make target that makes the base .config, e.g. {@code vexpress_defconfig}, {@code tinyconfig}
 * @param fragments each either inline ({@code CONFIG_KALLSYMS=y}, {@code # CONFIG_X is not set}), a file path,
 *                  or {@code classpath:/...}; merged in order like TuxMake's --kconfig-add
 * @param makeVars  {@code NAME=value} passed to every make call, e.g. {@code KALLSYMS_EXTRA_PASS=1}
 * @param patches   kernel patches (files or {@code classpath:/...}, {@code patch -p1}), applied in order to the
 *                  cell's own copy of the source tree
 */
public record Cell(String kernel, String toolchain, String defconfig, List<String> fragments, List<String> makeVars,
                   List<String> patches) {
    public Cell {
        fragments = List.copyOf(fragments);
        makeVars = List.copyOf(makeVars);
        patches = patches == null ? List.of() : List.copyOf(patches);
        for (String var : makeVars) {
            if (var.indexOf('=') <= 0) {
                throw new IllegalArgumentException("make variable must be NAME=value: " + var);
            }
        }
    }

    public Cell(String kernel, String toolchain, String defconfig, List<String> fragments, List<String> makeVars) {
        this(kernel, toolchain, defconfig, fragments, makeVars, List.of());
    }

    public static Cell of(String kernel, String toolchain, String defconfig) {
        return new Cell(kernel, toolchain, defconfig, List.of(), List.of());
    }

    /**
     * A file-name-safe name, unique per cell: the three axes, plus a hash when fragments, variables or patches
     * exist (a patch counts by its content, not its path).
     */
    public String id() {
        String base = kernel + "_" + toolchain + "_" + defconfig;
        if (fragments.isEmpty() && makeVars.isEmpty() && patches.isEmpty()) {
            return safe(base);
        }
        String text = String.join("\n", fragments) + "\0" + String.join("\n", makeVars);
        if (!patches.isEmpty()) {
            text += "\0" + String.join("\n", patches.stream().map(Patches::sha256).toList());
        }
        return safe(base) + "_" + hash(text);
    }

    /** The same cell with other make variables. */
    public Cell withMakeVars(List<String> vars) {
        return new Cell(kernel, toolchain, defconfig, fragments, vars, patches);
    }

    /** One line for terminals and reports. */
    public String describe() {
        StringBuilder s = new StringBuilder(kernel + " " + toolchain + " " + defconfig);
        // a shipped fragment by its file name: the resource path is the same long prefix on every line
        fragments.forEach(f -> s.append(" +").append(ClasspathResource.named(f)
                ? f.substring(f.lastIndexOf('/') + 1) : f));
        makeVars.forEach(v -> s.append(' ').append(v));
        patches.forEach(p -> s.append(" patch:").append(Patches.name(p)));
        return s.toString();
    }

    private static String safe(String s) {
        return s.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
