package dev.kallsyms.harness.sweep;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts N bytes before the kallsyms tables without touching the source: a copy of the tree's preprocessed
 * linker script with {@code . = . + N;} right after {@code __start_rodata = .;}. The tables are the last
 * .rodata input (their object is linked last), so they and everything after them move by N, as if an object
 * of N bytes of read-only data had been linked before them. The build uses it through KBUILD_LDS, which
 * link-vmlinux.sh reads relative to the output tree.
 */
public final class LinkerScriptPadding {
    static final String DIR = ".harness/sweep";
    private static final Pattern RODATA_START = Pattern.compile("__start_rodata\\s*=\\s*\\.\\s*;");

    private LinkerScriptPadding() {
    }

    /** @return the padded script's path relative to the tree */
    public static String write(Path tree, String arch, long bytes) {
        Path original = tree.resolve("arch/" + arch + "/kernel/vmlinux.lds");
        try {
            String script = Files.readString(original);
            String padded = pad(script, bytes);
            Path dir = Files.createDirectories(tree.resolve(DIR));
            String name = "vmlinux-pad" + bytes + ".lds";
            Files.writeString(dir.resolve(name), padded);
            return DIR + "/" + name;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot pad " + original, e);
        }
    }

    static String pad(String script, long bytes) {
        Matcher m = RODATA_START.matcher(script);
        if (!m.find()) {
            throw new IllegalArgumentException("the linker script has no '__start_rodata = .;' to pad after");
        }
        return script.substring(0, m.end()) + " . = . + " + bytes + ";" + script.substring(m.end());
    }
}
