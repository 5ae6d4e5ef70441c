package dev.kallsyms.harness.cli;

import dev.kallsyms.cli.VerboseOption;
import dev.kallsyms.harness.sweep.MatrixAxes;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "axes", mixinStandardHelpOptions = true,
        description = "Prints the CI matrix's axes (kernel × toolchain × defconfig), one per line: NAME value...; "
                + "from fixtures' kernels.list, containers' toolchains.list and the defconfigs of default.matrix.")
public final class AxesCommand implements Callable<Integer> {
    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() {
        MatrixAxes.axes(MatrixCommand::parseLine).forEach((name, values) ->
                System.out.println(name + " " + String.join(" ", values)));
        System.out.println("FRAGMENT " + MatrixAxes.FRAGMENT);
        return 0;
    }
}
