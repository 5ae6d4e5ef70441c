package dev.kallsyms.debian.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kallsyms.debian.DebianUnavailableException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Debian's own signed InRelease (bullseye-updates, 2025-08-09) against the archive keyring of this machine. */
class InReleaseTest {
    private static final Path DEBIAN_KEYRING = Path.of("/usr/share/keyrings/debian-archive-keyring.gpg");

    @Test
    void debiansSignatureIsGoodAndItsHashesAreRead() throws IOException {
        byte[] signed = Gpgv.verify(real(), DEBIAN_KEYRING, "bullseye-updates InRelease");
        String text = new String(signed, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("Origin: Debian\n"), text.substring(0, 40));
        assertFalse(text.contains("PGP"), "only the signed text");
        InRelease release = InRelease.parse("bullseye-updates", signed);
        DebianUnavailableException e = assertThrows(DebianUnavailableException.class,
                () -> release.check("main/binary-armhf/Packages.xz", new byte[] {1}));
        assertTrue(e.getMessage().contains("does not match its signed InRelease"), e.getMessage());
        assertNull(release.validUntil(), "a stable update suite has no Valid-Until");
    }

    @Test
    void oneChangedByteOfDebiansFileIsABadSignature() throws IOException {
        byte[] tampered = real();
        int at = new String(tampered, StandardCharsets.ISO_8859_1).indexOf("main/binary-armhf/Packages.xz") - 20;
        tampered[at] = (byte) (tampered[at] == '0' ? '1' : '0');
        DebianUnavailableException e = assertThrows(DebianUnavailableException.class,
                () -> Gpgv.verify(tampered, DEBIAN_KEYRING, "bullseye-updates InRelease"));
        assertTrue(e.getMessage().contains("BADSIG"), e.getMessage());
    }

    @Test
    void aMissingKeyringSaysWhatToInstall() {
        IOException e = assertThrows(IOException.class,
                () -> Gpgv.verify(new byte[0], Path.of("/nonexistent/keyring.gpg"), "x"));
        assertTrue(e.getMessage().contains("apt-get install debian-archive-keyring"), e.getMessage());
    }

    @Test
    void validUntilIsReadAndExpiryJudged() {
        InRelease release = InRelease.parse("sid", ("Suite: unstable\nValid-Until: Fri, 06 Nov 2026 08:08:01 UTC\n"
                + "SHA256:\n " + InRelease.sha256(new byte[] {7}) + " 1 main/binary-all/Packages.xz\n")
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(Instant.parse("2026-11-06T08:08:01Z"), release.validUntil());
        assertTrue(release.expiredAt(Instant.parse("2026-11-25T00:00:00Z")));
        assertFalse(release.expiredAt(Instant.parse("2026-11-01T00:00:00Z")));
        assertThrows(DebianUnavailableException.class, () -> release.check("main/binary-all/Packages.xz",
                new byte[] {8}));
        assertThrows(DebianUnavailableException.class, () -> release.check("main/binary-armhf/Packages.xz",
                new byte[] {7}));
    }

    @Test
    void theListedIndexIsAccepted() throws DebianUnavailableException {
        InRelease.parse("sid", ("SHA256:\n " + InRelease.sha256(new byte[] {7}) + " 1 main/binary-all/Packages.xz\n")
                .getBytes(StandardCharsets.UTF_8)).check("main/binary-all/Packages.xz", new byte[] {7});
    }

    private static byte[] real() throws IOException {
        try (InputStream in = InReleaseTest.class.getResourceAsStream("/dev/kallsyms/debian/bullseye-updates.InRelease")) {
            return in.readAllBytes();
        }
    }
}
