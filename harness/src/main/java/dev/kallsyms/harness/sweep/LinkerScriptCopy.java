package dev.kallsyms.harness.sweep;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Perturbations made through a copy of the tree's preprocessed linker script (the source stays untouched; the
 * build uses the copy through KBUILD_LDS, which link-vmlinux.sh reads relative to the output tree).
 * <ul>
 * <li>Padding: {@code . = . + N;} right after {@code __start_rodata = .;}. The kallsyms tables are the last
 * .rodata input (their object is linked last), so they and everything after them move by N, as if an object of
 * N bytes of read-only data had been linked before them.</li>
 * <li>The seed's empty per-cpu section: a page-aligned {@code .data..percpu} with its symbols and no input,
 * before the alignment that ends the init sections, as ARM kernels had it before 3.x made it SMP-only.</li>
 * </ul>
 */
public final class LinkerScriptCopy {
    static final String DIR = ".harness/sweep";
    static final String EMPTY_PERCPU = ". = ALIGN(4096); .data..percpu : { __per_cpu_load = .; __per_cpu_start = .; "
            + ". = ALIGN(4096); __per_cpu_end = .; } ";
    private static final Pattern RODATA_START = Pattern.compile("__start_rodata\\s*=\\s*\\.\\s*;");
    private static final Pattern INIT_END = Pattern.compile("__init_end\\s*=\\s*\\.\\s*;");
    private static final String ALIGN = ". = ALIGN(";

    private LinkerScriptCopy() {
    }

    /** @return the copy's path relative to the tree */
    public static String write(Path tree, String arch, long padding, boolean emptyPercpu) {
        Path original = tree.resolve("arch/" + arch + "/kernel/vmlinux.lds");
        try {
            String script = Files.readString(original);
            if (padding > 0) {
                script = pad(script, padding);
            }
            if (emptyPercpu) {
                script = addEmptyPercpu(script);
            }
            Path dir = Files.createDirectories(tree.resolve(DIR));
            String name = "vmlinux-pad" + padding + (emptyPercpu ? "-percpu" : "") + ".lds";
            Files.writeString(dir.resolve(name), script);
            return DIR + "/" + name;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + original, e);
        }
    }

    static String pad(String script, long bytes) {
        Matcher m = RODATA_START.matcher(script);
        if (!m.find()) {
            throw new IllegalArgumentException("the linker script has no '__start_rodata = .;' to pad after");
        }
        return script.substring(0, m.end()) + " . = . + " + bytes + ";" + script.substring(m.end());
    }

    /** Before the last alignment statement ahead of {@code __init_end = .;}. */
    static String addEmptyPercpu(String script) {
        Matcher m = INIT_END.matcher(script);
        if (!m.find()) {
            throw new IllegalArgumentException("the linker script has no '__init_end = .;'");
        }
        int align = script.lastIndexOf(ALIGN, m.start());
        int at = align >= 0 && script.substring(align, m.start()).indexOf('}') < 0 ? align : m.start();
        return script.substring(0, at) + EMPTY_PERCPU + script.substring(at);
    }
}
