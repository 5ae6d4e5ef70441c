package dev.kallsyms.debian;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZOutputStream;

/**
 * A mirror served from src/test/resources (made by mirror/make-fixtures.sh: a throwaway key signs an InRelease
 * whose Valid-Until has passed, listing one Packages.xz with one package), tampered with one file at a time.
 */
class SignedMirrorTest {
    private static final String IN_RELEASE = "/debian/dists/test/InRelease";
    private static final String INDEX = "/debian/dists/test/main/binary-all/Packages.xz";
    private static final String DEB = "/debian/pool/main/h/hello/hello_1.0-1_all.deb";

    @TempDir
    Path dir;
    private final Map<String, byte[]> served = new ConcurrentHashMap<>();
    private HttpServer server;
    private Path keyring;

    @BeforeEach
    void serve() throws IOException {
        for (String path : List.of(IN_RELEASE, INDEX, DEB)) {
            served.put(path, resource("mirror" + path.substring("/debian".length())));
        }
        keyring = Files.write(dir.resolve("keyring.gpg"), resource("mirror/test-archive-keyring.gpg"));
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = served.get(exchange.getRequestURI().getPath());
            exchange.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                if (body != null) {
                    out.write(body);
                }
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private DebianArchive archive(Path withKeyring) {
        URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/debian/");
        return new DebianArchive(base, base, dir.resolve("cache"), withKeyring);
    }

    @Test
    void aGenuineMirrorIsReadAndItsExpiredValidUntilTolerated() throws IOException {
        DebianPackage hello = archive(keyring).resolveNewest("hello", List.of("test"));
        assertEquals("1.0-1", hello.version());
        assertArrayEquals(served.get(DEB), Files.readAllBytes(archive(keyring).download(hello)));
    }

    @Test
    void aTamperedInReleaseIsRefused() {
        String text = new String(served.get(IN_RELEASE), StandardCharsets.UTF_8);
        served.put(IN_RELEASE, text.replace("Suite: test", "Suite: tESt").getBytes(StandardCharsets.UTF_8));
        IOException e = assertThrows(IOException.class, () -> archive(keyring).resolveNewest("hello", List.of("test")));
        assertTrue(e.getMessage().contains("has no good signature") && e.getMessage().contains("BADSIG"),
                e.getMessage());
    }

    @Test
    void anInReleaseSignedByAKeyOutsideTheKeyringIsRefused() throws IOException {
        Path otherKeyring = Files.write(dir.resolve("empty.gpg"), new byte[0]);
        IOException e = assertThrows(IOException.class,
                () -> archive(otherKeyring).resolveNewest("hello", List.of("test")));
        assertTrue(e.getMessage().contains("has no good signature"), e.getMessage());
    }

    @Test
    void aTamperedIndexIsRefused() throws IOException {
        served.put(INDEX, xz("Package: hello\nVersion: 9.9-1\nFilename: pool/main/h/hello/hello_1.0-1_all.deb\n"
                + "SHA256: 00\n\n"));
        IOException e = assertThrows(IOException.class, () -> archive(keyring).resolveNewest("hello", List.of("test")));
        assertTrue(e.getMessage().contains("main/binary-all/Packages.xz of test does not match its signed InRelease"),
                e.getMessage());
    }

    /** Hashes appended after the signature are not signed text and must not be believed. */
    @Test
    void textOutsideTheSignatureDoesNotCount() throws IOException {
        byte[] forged = xz("Package: hello\nVersion: 9.9-1\n\n");
        String appended = new String(served.get(IN_RELEASE), StandardCharsets.UTF_8) + "SHA256:\n "
                + DebianArchive.sha256(Files.write(dir.resolve("forged"), forged)) + " " + forged.length
                + " main/binary-all/Packages.xz\n";
        served.put(IN_RELEASE, appended.getBytes(StandardCharsets.UTF_8));
        served.put(INDEX, forged);
        IOException e = assertThrows(IOException.class, () -> archive(keyring).resolveNewest("hello", List.of("test")));
        assertTrue(e.getMessage().contains("does not match its signed InRelease"), e.getMessage());
    }

    @Test
    void aTamperedPackageIsRefused() throws IOException {
        DebianPackage hello = archive(keyring).resolveNewest("hello", List.of("test"));
        byte[] deb = served.get(DEB).clone();
        deb[3] ^= 1;
        served.put(DEB, deb);
        IOException e = assertThrows(IOException.class, () -> archive(keyring).download(hello));
        assertTrue(e.getMessage().contains("checksum mismatch"), e.getMessage());
        assertEquals(List.of(), List.of(Files.list(dir.resolve("cache")).toArray()), "nothing kept");
    }

    private static byte[] xz(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XZOutputStream out = new XZOutputStream(bytes, new LZMA2Options())) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    static byte[] resource(String name) throws IOException {
        try (InputStream in = SignedMirrorTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("no test resource " + name);
            }
            return in.readAllBytes();
        }
    }
}
