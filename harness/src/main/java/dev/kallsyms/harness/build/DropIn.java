package dev.kallsyms.harness.build;

import dev.kallsyms.containers.BuildContainer;
import dev.kallsyms.containers.ExecResult;
import dev.kallsyms.harness.FileDigests;
import dev.kallsyms.harness.PassFiles;
import dev.kallsyms.harness.PassRecord;
import dev.kallsyms.harness.PassRecord.GeneratorRun;
import dev.kallsyms.harness.report.ReproduceScript;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The README's recipe as a cell: scripts/kallsyms is a symlink to bin/kallsyms, which the kernel's own link
 * script calls with its pipes, arguments and environment (nothing of the harness's in between). Afterwards the
 * passes are read from the tree's own files; the tree's C program then runs on each pass's map, with the
 * switches the link script gives for the tree's .config, and its output is compared with the .S the build used.
 */
final class DropIn {
    /** Where the checkout's launcher and jar appear in the container, laid out as in a checkout. */
    static final String LAUNCHER_IN_CONTAINER = "/kallsyms-trust/bin/kallsyms";
    static final String JAR_IN_CONTAINER = "/kallsyms-trust/generator/target/kallsyms.jar";
    static final String RECORDS = ".harness/drop-in";
    private static final Duration C_TIMEOUT = Duration.ofMinutes(10);

    private DropIn() {
    }

    /** bin/kallsyms of the checkout that runs the harness ($KALLSYMS_TRUST_HOME, else found upwards). */
    static Path launcher() {
        String home = System.getenv(ReproduceScript.HOME_ENV);
        for (Path dir = home != null ? Path.of(home) : Path.of("").toAbsolutePath(); dir != null;
             dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("bin/kallsyms"))) {
                return dir.resolve("bin/kallsyms");
            }
        }
        throw new IllegalStateException("bin/kallsyms not found (set " + ReproduceScript.HOME_ENV
                + " to the checkout)");
    }

    /** The recipe's two steps: keep the C program as scripts/kallsyms.c-reference, symlink the launcher. */
    static boolean install(Path tree, String cProgram, BuildLog log) {
        Path program = tree.resolve("scripts/kallsyms");
        Path reference = tree.resolve(cProgram);
        try {
            if (!Files.isRegularFile(reference)) {
                if (!Files.isRegularFile(program)) {
                    log.note("no scripts/kallsyms was built (is CONFIG_KALLSYMS set?): nothing to drop in");
                    return false;
                }
                Files.move(program, reference);
            }
            Files.deleteIfExists(program);
            Files.createSymbolicLink(program, Path.of(LAUNCHER_IN_CONTAINER));
            log.note("drop-in: scripts/kallsyms -> " + LAUNCHER_IN_CONTAINER + " (bin/kallsyms), the C program is "
                    + cProgram);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** make must not have rebuilt scripts/kallsyms over the symlink, or the link ran the C program. */
    static void checkStillInstalled(Path tree) {
        if (!Files.isSymbolicLink(tree.resolve("scripts/kallsyms"))) {
            throw new IllegalStateException("make replaced the drop-in scripts/kallsyms: the link did not run "
                    + "bin/kallsyms");
        }
    }

    /**
     * One record per pass whose .S the link left, in pass order. 5.10 pipes nm into scripts/kallsyms, so its
     * maps are made again here with the same nm on the pass's ELF.
     */
    static List<PassRecord> record(BuildContainer container, Path tree, PassFiles files, String cProgram,
                                   List<String> makeVars, Path cellDir) {
        List<String> arguments = files.arguments(enabledOptions(tree.resolve(".config")));
        List<PassRecord> passes = new ArrayList<>();
        for (int pass = files.firstPass(); Files.isRegularFile(tree.resolve(files.asm(pass))); pass++) {
            passes.add(pass(container, tree, files, pass, passes.size(), cProgram, arguments, makeVars, cellDir));
        }
        return passes;
    }

    private static PassRecord pass(BuildContainer container, Path tree, PassFiles files, int pass, int invocation,
                                   String cProgram, List<String> arguments, List<String> makeVars, Path cellDir) {
        String dir = RECORDS + "/" + pass;
        mkdirs(tree.resolve(dir));
        String map = files.map(pass).orElse(dir + "/input.map");
        if (files.map(pass).isEmpty()) {
            ExecResult nm = run(container, List.of("sh", "-c", "exec \"$1\" -n \"$2\" > \"$3\"", "sh",
                    nm(makeVars), files.elf(pass).orElseThrow(), map));
            if (!nm.succeeded()) {
                throw new IllegalStateException(nm(makeVars) + " -n " + files.elf(pass).orElseThrow() + " failed (exit "
                        + nm.exitCode() + ")");
            }
        }
        List<String> command = new ArrayList<>(List.of("sh", "-c", files.mapOnStdin()
                ? "i=$1; o=$2; e=$3; shift 3; exec \"$@\" < \"$i\" > \"$o\" 2> \"$e\""
                : "i=$1; o=$2; e=$3; shift 3; exec \"$@\" \"$i\" > \"$o\" 2> \"$e\"",
                "sh", map, dir + "/c.out", dir + "/c.err", BuildContainer.OUT + "/" + cProgram));
        command.addAll(arguments);
        ExecResult c = run(container, command);
        Path cOut = tree.resolve(dir + "/c.out");
        Path javaOut = tree.resolve(files.asm(pass));
        long difference = FileDigests.firstDifference(cOut, javaOut);
        // the build went on after this pass, so the launcher exited 0; the link does not time it
        GeneratorRun java = new GeneratorRun(0, 0, FileDigests.of(javaOut, rel(cellDir, javaOut)), "");
        String cErr = WrapperRecords.trimmed(WrapperRecords.text(tree.resolve(dir + "/c.err")));
        GeneratorRun cRun = new GeneratorRun(c.exitCode(), c.elapsed().toMillis(),
                FileDigests.of(cOut, rel(cellDir, cOut)), cErr);
        List<String> args = new ArrayList<>(arguments);
        if (!files.mapOnStdin()) {
            args.add(map);
        }
        return new PassRecord(pass, invocation, args, files.asm(pass), files.mapOnStdin(),
                FileDigests.of(tree.resolve(map), rel(cellDir, tree.resolve(map))), cRun, java,
                c.exitCode() == 0 && difference == -1, difference, null);
    }

    /** The nm the link script uses: the toolchain's, as kbuild names it. */
    static String nm(List<String> makeVars) {
        Map<String, String> vars = makeVars.stream().filter(v -> v.indexOf('=') > 0)
                .collect(Collectors.toMap(v -> v.substring(0, v.indexOf('=')), v -> v.substring(v.indexOf('=') + 1),
                        (a, b) -> b));
        if (vars.containsKey("NM")) {
            return vars.get("NM");
        }
        if ("1".equals(vars.get("LLVM"))) {
            return "llvm-nm";
        }
        return vars.getOrDefault("CROSS_COMPILE", "") + "nm";
    }

    static Set<String> enabledOptions(Path config) {
        try {
            return Files.readAllLines(config).stream().filter(l -> l.startsWith("CONFIG_") && l.endsWith("=y"))
                    .map(l -> l.substring(0, l.indexOf('='))).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ExecResult run(BuildContainer container, List<String> command) {
        ExecResult result = container.exec(command, Map.of(), C_TIMEOUT, line -> { });
        if (result.timedOut()) {
            throw new IllegalStateException("timed out: " + String.join(" ", command));
        }
        return result;
    }

    private static void mkdirs(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String rel(Path base, Path file) {
        return base.relativize(file.toAbsolutePath()).toString();
    }
}
