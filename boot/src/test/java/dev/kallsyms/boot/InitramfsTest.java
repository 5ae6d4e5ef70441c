package dev.kallsyms.boot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.compress.archivers.cpio.CpioArchiveEntry;
import org.apache.commons.compress.archivers.cpio.CpioArchiveInputStream;
import org.apache.commons.compress.archivers.cpio.CpioConstants;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.junit.jupiter.api.Test;

class InitramfsTest {
    private static final byte[] BUSYBOX = "\u007fELF pretend busybox".getBytes(StandardCharsets.ISO_8859_1);

    private record Item(CpioArchiveEntry entry, byte[] content) {
    }

    @Test
    void holdsBusyboxInitConsoleAndMountPoints() throws IOException {
        Map<String, Item> items = read(write());
        assertEquals(java.util.List.of("bin", "dev", "proc", "dev/console", "bin/busybox", "init"),
                java.util.List.copyOf(items.keySet()));
        assertArrayEquals(BUSYBOX, items.get("bin/busybox").content());
        assertEquals(CpioConstants.C_ISREG | 0755, items.get("bin/busybox").entry().getMode());
        assertEquals(CpioConstants.C_ISDIR | 0755, items.get("proc").entry().getMode());
        assertEquals(CpioConstants.FORMAT_NEW, items.get("init").entry().getFormat());
    }

    @Test
    void consoleIsTheCharacterDeviceFiveOne() throws IOException {
        CpioArchiveEntry console = read(write()).get("dev/console").entry();
        assertEquals(CpioConstants.C_ISCHR | 0600, console.getMode());
        assertEquals(5, console.getRemoteDeviceMaj());
        assertEquals(1, console.getRemoteDeviceMin());
    }

    @Test
    void initIsAnExecutableScriptThatDumpsKallsymsBetweenTheMarkers() throws IOException {
        Item init = read(write()).get("init");
        String script = new String(init.content(), StandardCharsets.US_ASCII);
        assertEquals(CpioConstants.C_ISREG | 0755, init.entry().getMode());
        assertTrue(script.startsWith("#!/bin/busybox sh\n"), script);
        int begin = script.indexOf("echo " + ConsoleDump.BEGIN);
        int cat = script.indexOf("/bin/busybox cat /proc/kallsyms");
        int end = script.indexOf("echo " + ConsoleDump.END);
        assertTrue(begin > 0 && begin < cat && cat < end, script);
        assertTrue(script.indexOf("mount -t proc proc /proc") < begin, script);
        assertTrue(!script.contains("@@"), "placeholders left: " + script);
    }

    @Test
    void sameBusyboxGivesTheSameBytes() throws IOException {
        assertArrayEquals(write(), write());
    }

    private static byte[] write() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Initramfs.write(BUSYBOX, out);
        return out.toByteArray();
    }

    private static Map<String, Item> read(byte[] archive) throws IOException {
        Map<String, Item> items = new LinkedHashMap<>();
        try (CpioArchiveInputStream cpio = new CpioArchiveInputStream(
                new GzipCompressorInputStream(new ByteArrayInputStream(archive)))) {
            for (CpioArchiveEntry e; (e = cpio.getNextEntry()) != null; ) {
                items.put(e.getName(), new Item(e, cpio.readAllBytes()));
            }
        }
        return items;
    }
}
