package dev.kallsyms.debian.internal;

import dev.kallsyms.debian.DebianUnavailableException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Checks an inline-signed file (InRelease) with gpgv against a keyring and returns only the text the signature
 * covers. gpgv rather than an OpenPGP library: it is what apt itself verifies with on bookworm, it is on every
 * Debian machine beside debian-archive-keyring (the trust root, kept current by apt), and it does the
 * clear-signed text's canonicalisation and dash-unescaping that we would otherwise write ourselves.
 */
public final class Gpgv {
    private static final int TIMEOUT_SECONDS = 60;

    private Gpgv() {
    }

    /**
     * @return the signed text, read from gpgv's output (never the input: text outside the signature must not count)
     * @throws DebianUnavailableException when no signature is good, or any is bad
     * @throws IOException when gpgv cannot run or the keyring is missing (a setup fault, said in one line)
     */
    public static byte[] verify(byte[] signed, Path keyring, String what) throws IOException {
        if (!Files.isRegularFile(keyring)) {
            throw new IOException("the keyring " + keyring + " is missing: apt-get install debian-archive-keyring"
                    + " (or set KALLSYMS_DEBIAN_KEYRING) to check " + what);
        }
        Path dir = Files.createTempDirectory("kallsyms-gpgv-");
        try {
            Path input = Files.write(dir.resolve("InRelease"), signed);
            Path output = dir.resolve("signed-text");
            String status = run(List.of("gpgv", "--status-fd", "1", "--keyring", keyring.toString(),
                    "--output", output.toString(), input.toString()), dir, what);
            if (status.contains("[GNUPG:] BADSIG") || !status.contains("[GNUPG:] GOODSIG")
                    || !Files.isRegularFile(output)) {
                throw new DebianUnavailableException(what + " has no good signature by a key of " + keyring
                        + " (" + summary(status) + ")");
            }
            return Files.readAllBytes(output);
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    private static String run(List<String> command, Path dir, String what) throws IOException {
        Process process;
        try {
            process = new ProcessBuilder(command).directory(dir.toFile())
                    .redirectError(dir.resolve("stderr").toFile()).start();
        } catch (IOException e) {
            throw new IOException("gpgv is needed to check " + what + " and could not run (apt-get install gpgv): "
                    + e.getMessage(), e);
        }
        try {
            String status = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("gpgv did not finish within " + TIMEOUT_SECONDS + " s on " + what);
            }
            return status;
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while checking " + what, e);
        }
    }

    /** The status keywords that say what gpgv found, e.g. "BADSIG 6ED0E7B82643E131". */
    private static String summary(String status) {
        List<String> lines = status.lines()
                .filter(l -> l.matches("\\[GNUPG:] (GOODSIG|BADSIG|ERRSIG|EXPKEYSIG|REVKEYSIG|NO_PUBKEY|NODATA) .*"))
                .map(l -> l.substring("[GNUPG:] ".length()).replaceAll("^(\\S+ \\S+).*", "$1"))
                .toList();
        return lines.isEmpty() ? "gpgv found no signature" : "gpgv: " + String.join(", ", lines);
    }
}
