package dev.kallsyms.reference.internal;

import dev.kallsyms.debian.host.HostTool;
import dev.kallsyms.debian.host.HostTools;
import dev.kallsyms.reference.ProcessRunner;
import dev.kallsyms.reference.ReferenceKallsyms;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** Compiles the reference with the host's C compiler, as the kernel build compiles its host programs. */
final class HostCompiler {
    // gcc recommends libc6-dev but does not depend on it, and apt-get here skips recommends
    private static final HostTool GCC = new HostTool("gcc", List.of("gcc", "libc6-dev"));

    private HostCompiler() {
    }

    /** @return the compiler's version line, recorded in the provenance */
    static String compile(Path source, Path includeDir, Path output) throws IOException {
        String cc = System.getenv().getOrDefault("HOSTCC", "gcc");
        if (cc.equals("gcc")) {
            HostTools.system().ensure("to compile the C reference scripts/kallsyms", List.of(GCC));
        }
        ReferenceKallsyms.Result result = ProcessRunner.run(List.of(cc, "-O2", "-I", includeDir.toString(),
                "-o", output.toString(), source.toString()), null);
        if (result.exitCode() != 0) {
            throw new IOException(cc + " failed on " + source + ":\n"
                    + new String(result.stderr(), StandardCharsets.UTF_8));
        }
        String version = new String(ProcessRunner.run(List.of(cc, "--version"), null).stdout(),
                StandardCharsets.UTF_8);
        return version.lines().findFirst().orElse(cc);
    }
}
