package dev.kallsyms.harness.report;

import dev.kallsyms.harness.CellResult;
import dev.kallsyms.harness.Patches;
import dev.kallsyms.harness.RunOptions;
import dev.kallsyms.harness.build.Fragments;
import dev.kallsyms.harness.report.RunArguments.Form;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * reproduce.sh: re-runs exactly this cell with {@code bin/harness run}, every option as the cell was run
 * ({@link RunArguments}), and pins what it used: the kernel source package version, the toolchain recipe's
 * package versions and the generator jar by SHA-256. When a pin can no longer be met the run says so and exits
 * UNAVAILABLE (7) rather than build something else. Files (fragment files, patches, the generator jar) are
 * copied into
 * {@value #INPUTS}/ beside it, so the script does not depend on where the originals were.
 */
public final class ReproduceScript {
    public static final String FILE = "reproduce.sh";
    /** Set by bin/harness: the project checkout the harness runs from. */
    public static final String HOME_ENV = "KALLSYMS_TRUST_HOME";
    /** Beside the script: copies of the files the cell was run with. */
    public static final String INPUTS = "inputs";

    private ReproduceScript() {
    }

    public static void write(CellResult result, Path cellDir, RunOptions options) {
        try {
            List<String> args = arguments(result, options, cellDir.resolve(INPUTS));
            Path script = cellDir.resolve(FILE);
            Files.writeString(script, render(result, args, home()));
            script.toFile().setExecutable(true, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every option of the table, its values written or copied; one shell word list per line. */
    static List<String> arguments(CellResult result, RunOptions options, Path inputs) throws IOException {
        List<String> lines = new ArrayList<>();
        for (RunArguments.Option option : RunArguments.OPTIONS) {
            List<String> values = option.values().apply(result, options);
            for (int i = 0; i < values.size(); i++) {
                String value = values.get(i);
                if (option.form() == Form.SWITCH) {
                    lines.add(option.flag());
                } else if (RunArguments.inline(option.form(), value)) {
                    lines.add(option.flag() + " " + shell(value));
                } else {
                    lines.add(option.flag() + " \"$here/" + INPUTS + "/" + copy(option, i, value, inputs) + "\"");
                }
            }
        }
        return lines;
    }

    private static String copy(RunArguments.Option option, int index, String value, Path inputs) throws IOException {
        Files.createDirectories(inputs);
        String name = String.format("%s-%02d-%s", option.flag().substring(2), index, Patches.name(value));
        if (option.form() == Form.FRAGMENT) {
            Files.writeString(inputs.resolve(name), Fragments.text(value));
        } else {
            Files.write(inputs.resolve(name), Patches.bytes(value));
        }
        return name;
    }

    static String render(CellResult r, List<String> arguments, String home) {
        StringBuilder s = new StringBuilder("#!/bin/sh\n");
        s.append("# Re-runs one harness cell exactly: ").append(r.cell().describe()).append('\n');
        s.append("# First run: ").append(r.startedAt()).append(", verdict ").append(r.verdict()).append('\n');
        if (r.kernel() != null) {
            s.append("# Kernel source: ").append(r.kernel().packageName()).append(' ')
                    .append(r.kernel().packageVersion()).append(" (pinned)\n");
        }
        if (r.toolchain() != null) {
            s.append("# Toolchain image: ").append(r.toolchain().imageTag()).append(' ')
                    .append(r.toolchain().imageId())
                    .append("\n#   (pinned: that image while the engine has it, else the recipe's with the same")
                    .append(" package versions)\n");
        }
        if (r.generator() != null) {
            s.append("# Generator: ").append(r.generator().jar()).append(" sha256 ").append(r.generator().sha256())
                    .append(" (copied to ").append(INPUTS).append("/, pinned)\n");
        }
        s.append("# A pin that can no longer be met (Debian no longer offers that kernel source, the toolchain\n")
                .append("# image has other package versions) ends the run with exit status 7, UNAVAILABLE: nothing\n")
                .append("# is built.\n");
        s.append("# Usage: reproduce.sh [OUTPUT_DIR]   (default: ./reproduced next to this script)\n");
        s.append("set -eu\n");
        s.append("here=$(cd \"$(dirname \"$0\")\" && pwd)\n");
        s.append("home=${").append(HOME_ENV).append(":-").append(shell(home)).append("}\n");
        s.append("exec \"$home/bin/harness\" run");
        for (String line : arguments) {
            s.append(" \\\n    ").append(line);
        }
        s.append(" \\\n    --output \"${1:-$here/reproduced}\"\n");
        return s.toString();
    }

    static String home() {
        String home = System.getenv(HOME_ENV);
        return home != null ? home : Path.of("").toAbsolutePath().toString();
    }

    static String shell(String s) {
        return s.matches("[A-Za-z0-9_./:=,+@%-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
    }
}
