package dev.kallsyms.harness.report;

import dev.kallsyms.harness.CellResult;
import dev.kallsyms.harness.LinkMode;
import dev.kallsyms.harness.RunOptions;
import dev.kallsyms.harness.build.Fragments;
import dev.kallsyms.containers.image.Recipes;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The command line of {@code bin/harness run} that builds a cell again as it was built: the one table
 * reproduce.sh is written from. Each component of {@link dev.kallsyms.harness.Cell} and {@link RunOptions} is
 * an option here or is excused in {@link #NOT_REPLAYED} (RunArgumentsTest holds both to that and parses the
 * written script back), so a new option is added here, in one line, or the tests fail.
 */
public final class RunArguments {
    /** How an option's values are written into the script. */
    public enum Form {
        /** as given (shell-quoted) */
        VALUE,
        /** a config fragment: inline lines as given, a file's (or resource's) text copied beside the script */
        FRAGMENT,
        /** a file (or {@code classpath:} resource), copied beside the script, which then does not depend on it */
        FILE,
        /** a flag without a value, given when the function returns any value */
        SWITCH
    }

    /**
     * @param component the {@code Cell} or {@code RunOptions} component the option gives back
     * @param flag      the option of {@code run}
     * @param values    what the cell and its options give it (empty: not given)
     */
    public record Option(String component, String flag, Form form,
                         BiFunction<CellResult, RunOptions, List<String>> values) {
    }

    public static final List<Option> OPTIONS = List.of(
            new Option("kernel", "--kernel", Form.VALUE, (r, o) -> List.of(r.cell().kernel())),
            new Option("toolchain", "--toolchain", Form.VALUE, (r, o) -> List.of(r.cell().toolchain())),
            new Option("defconfig", "--defconfig", Form.VALUE, (r, o) -> List.of(r.cell().defconfig())),
            new Option("fragments", "--kconfig-add", Form.FRAGMENT, (r, o) -> r.cell().fragments()),
            new Option("makeVars", "--make-var", Form.VALUE, (r, o) -> r.cell().makeVars()),
            new Option("patches", "--patch", Form.FILE, (r, o) -> r.cell().patches()),
            new Option("jobs", "--jobs", Form.VALUE, (r, o) -> List.of(String.valueOf(o.jobs()))),
            new Option("timeout", "--timeout", Form.VALUE,
                    (r, o) -> List.of(String.valueOf(Math.max(1, (o.timeout().toSeconds() + 59) / 60)))),
            new Option("memoryBytes", "--memory", Form.VALUE,
                    (r, o) -> o.memoryBytes() > 0 ? List.of(String.valueOf(o.memoryBytes())) : List.of()),
            new Option("stopOnMismatch", "--stop-on-mismatch", Form.SWITCH, (r, o) -> when(o.stopOnMismatch())),
            new Option("mode", "--no-interpose", Form.SWITCH, (r, o) -> when(o.mode() == LinkMode.PLAIN)),
            new Option("mode", "--drop-in", Form.SWITCH, (r, o) -> when(o.mode() == LinkMode.DROP_IN)),
            new Option("ccache", "--no-ccache", Form.SWITCH, (r, o) -> when(!o.ccache())),
            new Option("linkC", "--link-c", Form.SWITCH, (r, o) -> when(o.linkC())),
            new Option("boot", "--no-boot", Form.SWITCH, (r, o) -> when(!o.boot())),
            new Option("generatorJar", "--generator-jar", Form.FILE,
                    (r, o) -> o.mode() != LinkMode.PLAIN && o.generatorJar() != null
                            ? List.of(o.generatorJar().toString())
                            : List.of()),
            // the pins: what the cell used, whatever it was asked for
            new Option("pins", "--kernel-package-version", Form.VALUE,
                    (r, o) -> r.kernel() != null ? List.of(r.kernel().packageVersion()) : List.of()),
            new Option("pins", "--toolchain-image-id", Form.VALUE,
                    (r, o) -> r.toolchain() != null ? List.of(r.toolchain().imageId()) : List.of()),
            new Option("pins", "--toolchain-packages", Form.VALUE, (r, o) -> packages(r)),
            new Option("pins", "--generator-sha256", Form.VALUE,
                    (r, o) -> o.mode() != LinkMode.PLAIN && r.generator() != null ? List.of(r.generator().sha256())
                            : List.of()));

    /** RunOptions components that are no option of {@code run}, and why. */
    public static final Map<String, String> NOT_REPLAYED = Map.of(
            "output", "reproduce.sh takes its own (its first argument)",
            "buildTree", "a sweep point relinks a copy of a built tree; reproduce.sh builds the point's cell afresh",
            "relinkOnly", "as buildTree",
            "testFault", "set by the harness's own tests only, never on the command line",
            "progress", "the terminal's");

    private RunArguments() {
    }

    /** Whether a fragment is written as it is (inline lines) rather than copied. */
    static boolean inline(Form form, String value) {
        return form == Form.VALUE || form == Form.FRAGMENT && Fragments.isInline(value);
    }

    private static List<String> packages(CellResult r) {
        String packages = r.toolchain() != null ? r.toolchain().toolVersions().get(Recipes.PACKAGES_VERSION) : null;
        return packages != null && !packages.isBlank() ? List.of(packages.strip()) : List.of();
    }

    private static List<String> when(boolean given) {
        return given ? List.of("") : List.of();
    }
}
