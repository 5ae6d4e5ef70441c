package dev.kallsyms.harness.cli;

import dev.kallsyms.harness.Cell;
import dev.kallsyms.harness.matrix.CellCheck;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The options that name a cell; shared by {@code run} and the lines of a matrix file. */
public final class CellOptions {
    @Option(names = "--kernel", required = true, paramLabel = "GEN",
            description = "Kernel generation (fixtures' kernels.list: 5.10, 6.1, 6.12, 7.2).")
    String kernel;

    @Option(names = "--toolchain", required = true, paramLabel = "ID",
            description = "Toolchain recipe (containers' toolchains.list: gcc-10, gcc-12, gcc-14, gcc-sid, clang, "
                    + "clang-15, clang-16, clang-19, clang-sid).")
    String toolchain;

    @Option(names = "--defconfig", required = true, paramLabel = "TARGET",
            description = "Config target, e.g. vexpress_defconfig or tinyconfig (matrix files: @list = every "
                    + "ARM defconfig of the kernel's list).")
    String defconfig;

    @Option(names = "--kconfig-add", paramLabel = "FRAGMENT",
            description = "Config fragment merged after the defconfig (merge_config.sh, then olddefconfig): "
                    + "CONFIG_X=y inline, or a file. Repeatable, applied in order.")
    List<String> fragments = new ArrayList<>();

    @Option(names = "--make-var", paramLabel = "NAME=VALUE",
            description = "Variable for every make call, e.g. KALLSYMS_EXTRA_PASS=1. Repeatable.")
    List<String> makeVars = new ArrayList<>();

    @Option(names = "--patch", paramLabel = "FILE",
            description = "Kernel patch (patch -p1) applied to the cell's own copy of the source tree (the shared "
                    + "tree stays read-only); recorded by sha256. Repeatable, applied in order.")
    List<String> patches = new ArrayList<>();

    /** The cell as written, unchecked (a matrix line's fragments are still relative to its file). */
    Cell toCell() {
        return new Cell(kernel, toolchain, defconfig, fragments, makeVars, patches);
    }

    /** The cell, refused with a one-line message if the harness could not build it. */
    Cell checkedCell() {
        return CellCheck.check(toCell());
    }
}
