package dev.kallsyms.harness.sweep;

import dev.kallsyms.containers.Toolchains;
import dev.kallsyms.fixtures.Kernels;
import dev.kallsyms.harness.Cell;
import dev.kallsyms.harness.matrix.MatrixFile;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The axes of the CI matrix (the Jenkinsfile's kernel × toolchain × defconfig), from the data files the
 * harness itself reads: fixtures' kernels.list, containers' toolchains.list, and the defconfigs of fixtures'
 * default matrix. The Jenkinsfile must list exactly these (its test checks).
 */
public final class MatrixAxes {
    public static final String KERNEL = "KERNEL";
    public static final String TOOLCHAIN = "TOOLCHAIN";
    public static final String DEFCONFIG = "DEFCONFIG";
    /** The fragment every CI cell adds: KALLSYMS on (tinyconfig hides it behind EXPERT). */
    public static final String FRAGMENT = "fixtures/src/main/resources/dev/kallsyms/fixtures/matrix/fragments/"
            + "kallsyms-tiny.config";

    private MatrixAxes() {
    }

    /** @param parseLine the CLI's parser of a matrix line */
    public static Map<String, List<String>> axes(Function<List<String>, Cell> parseLine) {
        Map<String, List<String>> axes = new LinkedHashMap<>();
        axes.put(KERNEL, Kernels.all().stream().map(k -> k.generation()).toList());
        axes.put(TOOLCHAIN, Toolchains.all().stream().map(t -> t.id()).toList());
        axes.put(DEFCONFIG, MatrixFile.fromResource(MatrixFile.DEFAULT, parseLine).stream().map(Cell::defconfig)
                .distinct().toList());
        return axes;
    }
}
