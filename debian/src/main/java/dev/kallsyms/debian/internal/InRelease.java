package dev.kallsyms.debian.internal;

import dev.kallsyms.debian.DebianUnavailableException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

/**
 * A suite's signed InRelease, after its signature was checked: the SHA256 and size it lists for each index,
 * and its Valid-Until. Indexes are accepted only by those hashes; the packages then by the index's hashes.
 */
public final class InRelease {
    private static final DateTimeFormatter RFC_2822 = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss z",
            Locale.ROOT);

    private record Entry(String sha256, long size) {
    }

    private final String suite;
    private final Map<String, Entry> sha256;
    private final Instant validUntil;

    private InRelease(String suite, Map<String, Entry> sha256, Instant validUntil) {
        this.suite = suite;
        this.sha256 = sha256;
        this.validUntil = validUntil;
    }

    /** Parses the text gpgv returned as signed (see {@link Gpgv#verify}). */
    public static InRelease parse(String suite, byte[] signedText) {
        Map<String, Entry> hashes = new HashMap<>();
        Instant validUntil = null;
        boolean inSha256 = false;
        for (String line : new String(signedText, StandardCharsets.UTF_8).split("\n")) {
            if (!line.startsWith(" ")) {
                inSha256 = line.startsWith("SHA256:");
                if (line.startsWith("Valid-Until:")) {
                    validUntil = date(line.substring("Valid-Until:".length()).strip());
                }
            } else if (inSha256) {
                String[] f = line.strip().split("\\s+");
                if (f.length == 3) {
                    hashes.put(f[2], new Entry(f[0], Long.parseLong(f[1])));
                }
            }
        }
        return new InRelease(suite, hashes, validUntil);
    }

    /**
     * Accepts an index only if InRelease lists it with this size and SHA256. A mismatch is what a mirror in
     * the middle of a sync also gives (apt: "Hash Sum mismatch"), so it is "unavailable", retried by callers.
     */
    public void check(String path, byte[] content) throws DebianUnavailableException {
        Entry entry = sha256.get(path);
        if (entry == null) {
            throw new DebianUnavailableException("the signed InRelease of " + suite + " lists no " + path);
        }
        String actual = sha256(content);
        if (entry.size() != content.length || !entry.sha256().equals(actual)) {
            throw new DebianUnavailableException(path + " of " + suite + " does not match its signed InRelease: "
                    + "expected " + entry.size() + " bytes, SHA256 " + entry.sha256() + "; got " + content.length
                    + " bytes, SHA256 " + actual + " (tampered, or the mirror is mid-sync)");
        }
    }

    /** Null when the release has no Valid-Until (stable suites). */
    public Instant validUntil() {
        return validUntil;
    }

    public boolean expiredAt(Instant now) {
        return validUntil != null && validUntil.isBefore(now);
    }

    private static Instant date(String text) {
        try {
            return ZonedDateTime.parse(text, RFC_2822).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
