package dev.kallsyms.harness.report;

import dev.kallsyms.harness.Cell;
import dev.kallsyms.harness.CellResult;
import dev.kallsyms.harness.Patches;
import dev.kallsyms.harness.build.Fragments;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * reproduce.sh: re-runs exactly this cell with bin/harness. Fragments that came from files and patches are
 * copied next to it (fragments/NN.config, patches/NN-name), so the script does not depend on where the original files were.
 */
public final class ReproduceScript {
    public static final String FILE = "reproduce.sh";
    /** Set by bin/harness: the project checkout the harness runs from. */
    public static final String HOME_ENV = "KALLSYMS_TRUST_HOME";

    private ReproduceScript() {
    }

    public static void write(CellResult result, Path cellDir, int jobs) {
        write(result, cellDir, jobs, false);
    }

    /** @param linkC the run linked the C program's output (--link-c): the script does too */
    public static void write(CellResult result, Path cellDir, int jobs, boolean linkC) {
        try {
            List<String> fragmentArgs = copyFragments(result.cell(), cellDir.resolve("fragments"));
            List<String> patchArgs = copyPatches(result.cell(), cellDir.resolve("patches"));
            Path script = cellDir.resolve(FILE);
            String text = render(result, fragmentArgs, patchArgs, jobs, home());
            Files.writeString(script, linkC ? text.replace(" --jobs ", " --link-c --jobs ") : text);
            script.toFile().setExecutable(true, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String render(CellResult r, List<String> fragmentArgs, List<String> patchArgs, int jobs, String home) {
        Cell c = r.cell();
        StringBuilder s = new StringBuilder("#!/bin/sh\n");
        s.append("# Re-runs one harness cell: ").append(c.describe()).append('\n');
        s.append("# First run: ").append(r.startedAt()).append(", verdict ").append(r.verdict()).append('\n');
        if (r.kernel() != null) {
            s.append("# Kernel source: ").append(r.kernel().packageName()).append(' ')
                    .append(r.kernel().packageVersion()).append(" (the run uses the newest version Debian offers)\n");
        }
        if (r.toolchain() != null) {
            s.append("# Toolchain image: ").append(r.toolchain().imageTag()).append(' ')
                    .append(r.toolchain().imageId()).append('\n');
        }
        s.append("# Usage: reproduce.sh [OUTPUT_DIR]   (default: ./reproduced next to this script)\n");
        s.append("set -eu\n");
        s.append("here=$(cd \"$(dirname \"$0\")\" && pwd)\n");
        s.append("home=${").append(HOME_ENV).append(":-").append(shell(home)).append("}\n");
        s.append("exec \"$home/bin/harness\" run --kernel ").append(shell(c.kernel()))
                .append(" --toolchain ").append(shell(c.toolchain()))
                .append(" --defconfig ").append(shell(c.defconfig()));
        for (String f : fragmentArgs) {
            s.append(" \\\n    --kconfig-add ").append(f);
        }
        for (String v : c.makeVars()) {
            s.append(" \\\n    --make-var ").append(shell(v));
        }
        for (String p : patchArgs) {
            s.append(" \\\n    --patch ").append(p);
        }
        s.append(" \\\n    --jobs ").append(jobs).append(" --output \"${1:-$here/reproduced}\"\n");
        return s.toString();
    }

    /** Inline fragments stay inline; file and resource fragments become copies beside the script. */
    static List<String> copyFragments(Cell cell, Path dir) throws IOException {
        List<String> args = new ArrayList<>();
        for (int i = 0; i < cell.fragments().size(); i++) {
            String spec = cell.fragments().get(i);
            if (Fragments.isInline(spec)) {
                args.add(shell(spec));
            } else {
                Files.createDirectories(dir);
                String name = String.format("%02d.config", i);
                Files.writeString(dir.resolve(name), Fragments.text(spec));
                args.add("\"$here/fragments/" + name + "\"");
            }
        }
        return args;
    }

    /** Patches are copied beside the script (patches/NN-name), so it replays the same bytes. */
    static List<String> copyPatches(Cell cell, Path dir) throws IOException {
        List<String> args = new ArrayList<>();
        for (int i = 0; i < cell.patches().size(); i++) {
            String spec = cell.patches().get(i);
            Files.createDirectories(dir);
            String name = String.format("%02d-%s", i, Patches.name(spec));
            Files.write(dir.resolve(name), Patches.bytes(spec));
            args.add("\"$here/patches/" + name + "\"");
        }
        return args;
    }

    static String home() {
        String home = System.getenv(HOME_ENV);
        return home != null ? home : Path.of("").toAbsolutePath().toString();
    }

    static String shell(String s) {
        return s.matches("[A-Za-z0-9_./:=,+@%-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
    }
}
