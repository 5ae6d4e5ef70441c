package dev.kallsyms.harness.matrix;

import dev.kallsyms.cli.BadInputException;
import dev.kallsyms.cli.Inputs;
import dev.kallsyms.containers.Toolchain;
import dev.kallsyms.containers.Toolchains;
import dev.kallsyms.fixtures.KernelVersion;
import dev.kallsyms.fixtures.Kernels;
import dev.kallsyms.harness.Cell;
import dev.kallsyms.harness.ClasspathResource;
import dev.kallsyms.harness.Patches;
import dev.kallsyms.harness.build.Fragments;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Refuses a cell the harness could not build, before any image, tree or container work: a kernel generation
 * or toolchain not in the data files, a defconfig not in the kernel's list, a fragment that is neither a
 * setting nor a readable file of settings, a patch file that cannot be read.
 */
public final class CellCheck {
    /** What a fragment written inline looks like when its value is missing: CONFIG_FOO. */
    private static final Pattern BARE_SYMBOL = Pattern.compile("^CONFIG_[A-Za-z0-9_]+$");

    private CellCheck() {
    }

    public static Cell check(Cell cell) {
        Inputs.oneOf("--kernel", cell.kernel(), Kernels.all().stream().map(KernelVersion::generation).toList());
        Inputs.oneOf("--toolchain", cell.toolchain(), Toolchains.all().stream().map(Toolchain::id).toList());
        if (!DefconfigLists.ALL.equals(cell.defconfig())) {
            DefconfigLists.requireKnown(cell.kernel(), cell.defconfig());
        }
        cell.fragments().forEach(CellCheck::checkFragment);
        for (String patch : cell.patches()) {
            try {
                Patches.requireReadable(patch);
            } catch (IllegalArgumentException e) {
                // a resource's own message says what a classpath: name should look like
                throw new BadInputException("--patch " + patch + ": " + (ClasspathResource.named(patch) ? e.getMessage()
                        : "no readable patch file (looked for " + Path.of(patch).toAbsolutePath().normalize() + ")"), e);
            }
        }
        return cell;
    }

    private static void checkFragment(String spec) {
        if (Fragments.isInline(spec)) {
            return;
        }
        if (BARE_SYMBOL.matcher(spec).matches()) {
            throw new BadInputException("--kconfig-add " + spec + ": a setting needs a value (" + spec + "=y, "
                    + spec + "=m, " + spec + "=\"text\"), or \"# " + spec + " is not set\"");
        }
        boolean resource = ClasspathResource.named(spec);
        if (!resource && !Files.isRegularFile(Path.of(spec))) {
            throw new BadInputException("--kconfig-add " + spec + ": neither CONFIG_X=value nor an existing "
                    + "fragment file (looked for " + Path.of(spec).toAbsolutePath().normalize() + ")");
        }
        List<String> bad = Fragments.malformedLines(spec);
        if (!bad.isEmpty()) {
            throw new BadInputException("--kconfig-add " + spec + ": " + bad.get(0) + " is neither CONFIG_X=value, "
                    + "\"# CONFIG_X is not set\" nor a comment" + (bad.size() > 1 ? " (and " + (bad.size() - 1)
                    + " more line(s))" : ""));
        }
    }
}
