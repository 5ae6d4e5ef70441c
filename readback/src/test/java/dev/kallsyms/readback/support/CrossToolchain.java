package dev.kallsyms.readback.support;

import dev.kallsyms.debian.InfraException;
import dev.kallsyms.debian.host.HostTool;
import dev.kallsyms.debian.host.HostTools;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Turns the C kallsyms' assembler output into a linked ELF as the kernel build does: preprocess with an include
 * path that provides asm/bitsperlong.h, assemble, link with _text defined and .rodata placed where the real
 * kernel had it, so that every relocation in the tables is resolved.
 */
public final class CrossToolchain {
    /** Where the tables are built: a cross toolchain prefix, word size and byte order. */
    public enum Target {
        ARM32_LE("arm-linux-gnueabihf-", 32, false),
        ARM32_BE("arm-linux-gnueabihf-", 32, true),
        AARCH64("aarch64-linux-gnu-", 64, false);

        final String prefix;
        final int bitsPerLong;
        final boolean bigEndian;

        Target(String prefix, int bitsPerLong, boolean bigEndian) {
            this.prefix = prefix;
            this.bitsPerLong = bitsPerLong;
            this.bigEndian = bigEndian;
        }
    }

    private static final String PREPROCESSOR = "arm-linux-gnueabihf-gcc";

    private CrossToolchain() {
    }

    /** What {@link #link} and the tests run on the host, and the Debian packages that give it. */
    private static final List<HostTool> TOOLS = List.of(
            new HostTool(PREPROCESSOR, "gcc-arm-linux-gnueabihf"),
            new HostTool("arm-linux-gnueabihf-as", "binutils-arm-linux-gnueabihf"),
            new HostTool("arm-linux-gnueabihf-ld", "binutils-arm-linux-gnueabihf"),
            new HostTool("arm-linux-gnueabihf-objcopy", "binutils-arm-linux-gnueabihf"),
            new HostTool("aarch64-linux-gnu-as", "binutils-aarch64-linux-gnu"),
            new HostTool("aarch64-linux-gnu-ld", "binutils-aarch64-linux-gnu"));
    private static InfraException unavailable;
    private static boolean ready;

    /**
     * Gets the cross tools the way the harness gets its own (installed with apt-get as root when missing);
     * else every test that needs them fails with the one-line reason, never skips. Decided once per JVM.
     */
    public static synchronized void require() {
        if (!ready && unavailable == null) {
            try {
                HostTools.system().ensure("readback's tests assemble and link real kallsyms tables", TOOLS);
                ready = true;
            } catch (InfraException e) {
                unavailable = e;
            }
        }
        if (unavailable != null) {
            throw new IllegalStateException(unavailable.getMessage(), unavailable);
        }
    }

    public static Path link(byte[] assembly, Target target, long text, long rodata, Path dir)
            throws IOException, InterruptedException {
        require();
        Files.createDirectories(dir);
        Path include = dir.resolve("include");
        Files.createDirectories(include.resolve("asm"));
        Files.writeString(include.resolve("asm/bitsperlong.h"), "#define BITS_PER_LONG " + target.bitsPerLong + "\n");
        Path source = dir.resolve("kallsyms.S");
        Files.write(source, assembly);
        Path preprocessed = dir.resolve("kallsyms.s");
        run(List.of(PREPROCESSOR, "-nostdinc", "-E", "-P", "-x", "assembler-with-cpp", "-I", include.toString(),
                "-o", preprocessed.toString(), source.toString()));
        Path object = dir.resolve("kallsyms.o");
        List<String> as = new ArrayList<>(List.of(target.prefix + "as"));
        if (target.bigEndian) {
            as.add("-EB");
        }
        as.addAll(List.of("-o", object.toString(), preprocessed.toString()));
        run(as);
        Path elf = dir.resolve("kallsyms.elf");
        List<String> ld = new ArrayList<>(List.of(target.prefix + "ld"));
        if (target.bigEndian) {
            ld.add("-EB");
        }
        ld.addAll(List.of("-e", "0", "--defsym=_text=" + hex(text), "--section-start=.rodata=" + hex(rodata),
                "-o", elf.toString(), object.toString()));
        run(ld);
        return elf;
    }

    private static String hex(long value) {
        return "0x" + Long.toHexString(value);
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("timed out: " + command);
        }
        if (process.exitValue() != 0) {
            throw new IOException(command + " failed (" + process.exitValue() + "):\n"
                    + new String(output, StandardCharsets.UTF_8));
        }
    }

}
