package dev.kallsyms.debian;

import dev.kallsyms.debian.internal.Gpgv;
import dev.kallsyms.debian.internal.Http;
import dev.kallsyms.debian.internal.InRelease;
import dev.kallsyms.debian.internal.PackagesIndex;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * Debian's archive over HTTP: finds the newest version of a package across suites and downloads it, checked
 * as apt checks it: each suite's InRelease by its signature against the Debian archive keyring, Packages.xz by
 * the SHA256 the signed InRelease lists, the .deb by the SHA256 that index lists.
 *
 * <p>One deliberate difference from apt's defaults: an InRelease past its Valid-Until is accepted (with a
 * warning), as apt does with {@code Acquire::Check-Valid-Until=false}. sid's InRelease on the mirror stays
 * expired for weeks, and a replayed old release can only offer packages that were once genuinely signed; the
 * signature itself is always checked.
 */
public final class DebianArchive {
    private static final System.Logger LOG = System.getLogger(DebianArchive.class.getName());
    /** Warnings already given by this process: a matrix resolves the same package once per cell. */
    private static final Set<String> WARNED = ConcurrentHashMap.newKeySet();
    /** debian-archive-keyring's file; trixie's package names it .pgp. */
    private static final List<Path> KEYRINGS = List.of(Path.of("/usr/share/keyrings/debian-archive-keyring.gpg"),
            Path.of("/usr/share/keyrings/debian-archive-keyring.pgp"));

    private final URI mirror;
    private final URI securityMirror;
    private final Path cache;
    private final Path keyring;

    public DebianArchive(URI mirror, URI securityMirror, Path cache) {
        this(mirror, securityMirror, cache, defaultKeyring());
    }

    /** With the keyring whose keys may sign the suites' InRelease files. */
    public DebianArchive(URI mirror, URI securityMirror, Path cache, Path keyring) {
        this.mirror = mirror;
        this.securityMirror = securityMirror;
        this.cache = cache;
        this.keyring = keyring;
    }

    /** deb.debian.org (or {@code $KALLSYMS_DEBIAN_MIRROR}) with the project's cache. */
    public static DebianArchive standard() {
        String main = envOr("KALLSYMS_DEBIAN_MIRROR", "http://deb.debian.org/debian");
        String security = envOr("KALLSYMS_DEBIAN_SECURITY_MIRROR", "http://deb.debian.org/debian-security");
        return new DebianArchive(URI.create(main + "/"), URI.create(security + "/"),
                CacheRoot.get().resolve("debs"));
    }

    /** The newest version of an architecture-independent package in any of the suites. */
    public DebianPackage resolveNewest(String packageName, List<String> suites) throws IOException {
        return resolveNewest(packageName, suites, "all");
    }

    /**
     * The newest version of a package built for one architecture (Debian's name: {@code armhf},
     * {@code amd64}; {@code all} for architecture-independent ones) in any of the suites.
     */
    public DebianPackage resolveNewest(String packageName, List<String> suites, String architecture)
            throws IOException {
        List<DebianPackage> found = new ArrayList<>();
        Map<String, String> refused = new LinkedHashMap<>();
        for (String suite : suites) {
            try {
                found.addAll(PackagesIndex.find(packageName, suite, base(suite), index(suite, architecture)));
            } catch (DebianUnavailableException e) {
                refused.put(suite, e.getMessage());
            }
        }
        Optional<DebianPackage> newest = found.stream()
                .max((a, b) -> DebianVersion.ORDER.compare(a.version(), b.version()));
        if (newest.isPresent()) {
            if (!refused.isEmpty()) {
                // never unverified data: the newest of the suites that could be checked, said out loud
                warnOnce(packageName + " " + newest.get().version() + " from " + newest.get().suite()
                        + "; left out, unreadable or unverified: "
                        + String.join(", ", bySuite(refused, DebianArchive::firstClause)));
            }
            return newest.get();
        }
        if (!refused.isEmpty()) {
            throw new DebianUnavailableException("cannot read the package indexes of "
                    + bySuite(refused, UnaryOperator.identity()));
        }
        throw new IOException("no suite of " + suites + " offers " + packageName
                + " any more; the matrix data (fixtures kernels/*.properties) needs updating");
    }

    /** The package file, from the cache when its checksum still matches, else downloaded and checked. */
    public Path download(DebianPackage pkg) throws IOException {
        Path target = cache.resolve(pkg.fileName());
        if (Files.isRegularFile(target) && sha256(target).equals(pkg.sha256())) {
            return target;
        }
        Files.createDirectories(cache);
        Path partial = Files.createTempFile(cache, pkg.fileName(), ".part");
        try {
            try (InputStream in = Http.open(pkg.url())) {
                Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            }
            String actual = sha256(partial);
            if (!actual.equals(pkg.sha256())) {
                throw new DebianUnavailableException("checksum mismatch for " + pkg.url() + ": expected "
                        + pkg.sha256() + ", got " + actual);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    public static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The suite's Packages.xz, accepted only if its signed InRelease lists its hash. */
    private byte[] index(String suite, String architecture) throws IOException {
        InRelease release = release(suite);
        byte[] index = Http.fetch(indexUri(base(suite), suite, architecture));
        release.check("main/binary-" + architecture + "/Packages.xz", index);
        return index;
    }

    private InRelease release(String suite) throws IOException {
        URI uri = base(suite).resolve("dists/" + suite + "/InRelease");
        InRelease release = InRelease.parse(suite, Gpgv.verify(Http.fetch(uri), keyring, uri.toString()));
        if (release.expiredAt(Instant.now())) {
            warnOnce(uri + " expired on " + release.validUntil() + " (Valid-Until); its signature is good and it is"
                    + " used anyway, as apt does with Acquire::Check-Valid-Until=false");
        }
        return release;
    }

    /** Each suite with its reason, as "suite (reason)". */
    private static List<String> bySuite(Map<String, String> reasons, UnaryOperator<String> shown) {
        List<String> described = new ArrayList<>();
        reasons.forEach((suite, why) -> described.add(suite + " (" + shown.apply(why) + ")"));
        return described;
    }

    /** A reason without its details (sizes, checksums, a nested cause): the warning stays one readable line. */
    static String firstClause(String message) {
        int colon = message.indexOf(": ");
        return colon < 0 ? message : message.substring(0, colon);
    }

    private static void warnOnce(String message) {
        if (WARNED.add(message)) {
            LOG.log(System.Logger.Level.WARNING, message);
        }
    }

    private static Path defaultKeyring() {
        String configured = System.getenv("KALLSYMS_DEBIAN_KEYRING");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return KEYRINGS.stream().filter(Files::isRegularFile).findFirst().orElse(KEYRINGS.get(0));
    }

    private URI base(String suite) {
        return suite.endsWith("-security") ? securityMirror : mirror;
    }

    static URI indexUri(URI base, String suite, String architecture) {
        return base.resolve("dists/" + suite + "/main/binary-" + architecture + "/Packages.xz");
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value.replaceAll("/+$", "");
    }
}
