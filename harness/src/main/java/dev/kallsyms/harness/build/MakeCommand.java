package dev.kallsyms.harness.build;

import dev.kallsyms.containers.BuildContainer;
import dev.kallsyms.containers.Toolchain;
import dev.kallsyms.harness.Cell;
import dev.kallsyms.harness.RunOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The make command line of a cell: read-only source at /src, output at /out, the toolchain's variables,
 * compilers through ccache, then the cell's own variables (which win, being last).
 */
public final class MakeCommand {
    private final Toolchain toolchain;
    private final Cell cell;
    private final RunOptions options;

    public MakeCommand(Toolchain toolchain, Cell cell, RunOptions options) {
        this.toolchain = toolchain;
        this.cell = cell;
        this.options = options;
    }

    public List<String> target(String target) {
        List<String> argv = new ArrayList<>(List.of("make", "-C", BuildContainer.SRC, "O=" + BuildContainer.OUT,
                "-j" + Math.max(1, options.jobs())));
        argv.addAll(variables());
        argv.add(target);
        return argv;
    }

    /** Every NAME=value given to make, in order. */
    public List<String> variables() {
        List<String> vars = new ArrayList<>(toolchain.makeVars());
        if (options.ccache()) {
            vars.addAll(ccacheVariables(toolchain));
        }
        vars.addAll(cell.makeVars());
        return vars;
    }

    static List<String> ccacheVariables(Toolchain toolchain) {
        Map<String, String> vars = toolchain.makeVarMap();
        if (toolchain.isLlvm()) {
            return List.of("CC=ccache clang", "HOSTCC=ccache clang");
        }
        return List.of("CC=ccache " + vars.getOrDefault("CROSS_COMPILE", "") + "gcc", "HOSTCC=ccache gcc");
    }
}
