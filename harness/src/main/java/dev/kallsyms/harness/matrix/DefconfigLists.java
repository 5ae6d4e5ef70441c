package dev.kallsyms.harness.matrix;

import java.util.List;

/**
 * The ARM defconfigs of each kernel tree, from fixtures' {@code matrix/defconfigs/<generation>.list}, and
 * the config targets every tree has ({@code matrix/defconfigs/generic.list}: tinyconfig, allnoconfig ...).
 */
public final class DefconfigLists {
    public static final String ALL = "@list";

    private DefconfigLists() {
    }

    public static List<String> of(String generation) {
        return lines("defconfigs/" + generation + ".list");
    }

    public static List<String> generic() {
        return lines("defconfigs/generic.list");
    }

    /** {@value #ALL} becomes the kernel's list; anything else must be in the list or generic. */
    public static List<String> expand(String generation, String defconfig) {
        if (ALL.equals(defconfig)) {
            return of(generation);
        }
        requireKnown(generation, defconfig);
        return List.of(defconfig);
    }

    public static void requireKnown(String generation, String defconfig) {
        if (!of(generation).contains(defconfig) && !generic().contains(defconfig)) {
            throw new IllegalArgumentException(defconfig + " is not an ARM defconfig of kernel " + generation
                    + " (see fixtures' matrix/defconfigs/" + generation + ".list) nor a generic config target");
        }
    }

    private static List<String> lines(String relative) {
        return MatrixFile.resource(MatrixFile.RESOURCE_DIR + relative).lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }
}
