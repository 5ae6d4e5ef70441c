package dev.kallsyms.boot;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.commons.compress.archivers.cpio.CpioArchiveEntry;
import org.apache.commons.compress.archivers.cpio.CpioArchiveOutputStream;
import org.apache.commons.compress.archivers.cpio.CpioConstants;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipParameters;

/**
 * The boot check's initramfs: a gzip'd cpio "newc" archive holding busybox, an /init that dumps
 * /proc/kallsyms between two markers ({@link ConsoleDump}) and the directories and console node it needs.
 * Every entry has owner root and time 0, so the same busybox always gives the same bytes.
 */
public final class Initramfs {
    static final String INIT_RESOURCE = "init.sh";
    private static final int CONSOLE_MAJOR = 5;
    private static final int CONSOLE_MINOR = 1;

    private Initramfs() {
    }

    public static void write(byte[] busybox, OutputStream out) throws IOException {
        GzipParameters gzip = new GzipParameters();
        gzip.setModificationTime(0);
        try (GzipCompressorOutputStream gz = new GzipCompressorOutputStream(out, gzip);
             CpioArchiveOutputStream cpio = new CpioArchiveOutputStream(gz, CpioConstants.FORMAT_NEW)) {
            directory(cpio, "bin");
            directory(cpio, "dev");
            directory(cpio, "proc");
            // the kernel opens /dev/console for init's stdout before anything could create it
            node(cpio, "dev/console", CpioConstants.C_ISCHR | 0600, CONSOLE_MAJOR, CONSOLE_MINOR);
            file(cpio, "bin/busybox", 0755, busybox);
            file(cpio, "init", 0755, initScript().getBytes(StandardCharsets.US_ASCII));
            cpio.finish();
        }
    }

    /** The /init shell script with the markers filled in. */
    static String initScript() {
        try (InputStream in = Initramfs.class.getResourceAsStream(INIT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(INIT_RESOURCE + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replace("@@BEGIN_MARKER@@", ConsoleDump.BEGIN)
                    .replace("@@END_MARKER@@", ConsoleDump.END);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void directory(CpioArchiveOutputStream cpio, String name) throws IOException {
        put(cpio, entry(name, CpioConstants.C_ISDIR | 0755, 0), null);
    }

    private static void node(CpioArchiveOutputStream cpio, String name, int mode, int major, int minor)
            throws IOException {
        CpioArchiveEntry entry = entry(name, mode, 0);
        entry.setRemoteDeviceMaj(major);
        entry.setRemoteDeviceMin(minor);
        put(cpio, entry, null);
    }

    private static void file(CpioArchiveOutputStream cpio, String name, int permissions, byte[] content)
            throws IOException {
        put(cpio, entry(name, CpioConstants.C_ISREG | permissions, content.length), content);
    }

    private static CpioArchiveEntry entry(String name, int mode, long size) {
        CpioArchiveEntry entry = new CpioArchiveEntry(CpioConstants.FORMAT_NEW, name, size);
        entry.setMode(mode);
        entry.setNumberOfLinks((mode & CpioConstants.S_IFMT) == CpioConstants.C_ISDIR ? 2 : 1);
        entry.setTime(0);
        return entry;
    }

    private static void put(CpioArchiveOutputStream cpio, CpioArchiveEntry entry, byte[] content)
            throws IOException {
        cpio.putArchiveEntry(entry);
        if (content != null) {
            cpio.write(content);
        }
        cpio.closeArchiveEntry();
    }
}
