package dev.kallsyms.containers;

import dev.kallsyms.containers.image.Recipes;
import java.util.List;

/** The toolchain recipes shipped as data files under {@code dev/kallsyms/containers/toolchains/}. */
public final class Toolchains {
    private Toolchains() {
    }

    public static Toolchain load(String id) {
        return Recipes.load(id);
    }

    /** Every recipe listed in {@code toolchains.list}, in that order. */
    public static List<Toolchain> all() {
        return Recipes.ids().stream().map(Recipes::load).toList();
    }
}
