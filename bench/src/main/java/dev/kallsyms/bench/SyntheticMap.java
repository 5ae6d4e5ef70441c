package dev.kallsyms.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * A seeded nm map of many short kernel-like text symbols (ARM 32-bit addresses, sorted), written at run time so that
 * no big file is committed. The same count and seed give the same bytes on every JVM (java.util.Random's sequence is
 * specified). Names are two words of a small pool and a per-symbol number: short, like the 2M-symbol case,
 * with enough repetition for the token learner to work on.
 */
final class SyntheticMap {
    private static final String[] WORDS = {"do", "sys", "init", "exit", "kmalloc", "get", "set", "lock", "irq",
        "dev", "show", "store", "pci", "usb", "net", "rcv", "vfs", "page", "fops", "probe", "remove", "read",
        "write", "open", "release", "mmap", "ioctl", "poll", "sched", "task", "mm", "fs", "ext4", "tcp", "udp", "ip"};
    private static final String[] SUFFIXES = {"", "", "", "", ".constprop.0", ".isra.0", ".part.0", ".cold"};
    private static final char[] TYPES = {'T', 't', 't', 't', 'W'};
    private static final long TEXT = 0xc0008000L;

    private SyntheticMap() {
    }

    /** Writes {@code symbols} symbol lines plus the text-range markers into {@code file}. */
    static void write(Path file, int symbols, long seed) throws IOException {
        Random random = new Random(seed);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            long address = TEXT;
            line(out, address, 'T', "_text");
            line(out, address, 'T', "_stext");
            for (int i = 0; i < symbols; i++) {
                address += 4 + 4L * random.nextInt(64);
                String name = WORDS[random.nextInt(WORDS.length)] + '_' + WORDS[random.nextInt(WORDS.length)] + '_'
                        + Integer.toString(i, 36) + SUFFIXES[random.nextInt(SUFFIXES.length)];
                line(out, address, TYPES[random.nextInt(TYPES.length)], name);
            }
            line(out, address + 4, 'T', "_etext");
        }
    }

    private static void line(OutputStream out, long address, char type, String name) throws IOException {
        String hex = Long.toHexString(address);
        out.write(("00000000".substring(Math.min(8, hex.length())) + hex + ' ' + type + ' ' + name + '\n')
                .getBytes(StandardCharsets.ISO_8859_1));
    }
}
