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
 */
public record Cell(String kernel, String toolchain, String defconfig, List<String> fragments, List<String> makeVars) {
    public Cell {
        fragments = List.copyOf(fragments);
        makeVars = List.copyOf(makeVars);
        for (String var : makeVars) {
            if (var.indexOf('=') <= 0) {
                throw new IllegalArgumentException("make variable must be NAME=value: " + var);
            }
        }
    }

    public static Cell of(String kernel, String toolchain, String defconfig) {
        return new Cell(kernel, toolchain, defconfig, List.of(), List.of());
    }

    /** A file-name-safe name, unique per cell: the three axes, plus a hash when fragments or variables exist. */
    public String id() {
        String base = kernel + "_" + toolchain + "_" + defconfig;
        if (fragments.isEmpty() && makeVars.isEmpty()) {
            return safe(base);
        }
        return safe(base) + "_" + hash(String.join("\n", fragments) + "\0" + String.join("\n", makeVars));
    }

    /** One line for terminals and reports. */
    public String describe() {
        StringBuilder s = new StringBuilder(kernel + " " + toolchain + " " + defconfig);
        fragments.forEach(f -> s.append(" +").append(f));
        makeVars.forEach(v -> s.append(' ').append(v));
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
