package dev.kallsyms.containers;

import dev.kallsyms.containers.tree.SourcePackageExtractor;
import dev.kallsyms.debian.CacheRoot;
import dev.kallsyms.debian.DebianArchive;
import dev.kallsyms.debian.DebianPackage;
import dev.kallsyms.debian.DebianUnavailableException;
import dev.kallsyms.debian.InfraException;
import dev.kallsyms.fixtures.KernelVersion;
import dev.kallsyms.fixtures.Kernels;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kernel source trees from Debian's linux-source-&lt;generation&gt; packages, each extracted once into
 * {@code $KALLSYMS_CACHE/trees/<package>_<version>/} (default cache root ~/.cache/kallsyms-trust). A tree
 * directory appears only complete: extraction goes to a temporary directory that is renamed at the end.
 */
public final class KernelTrees {
    private static final Logger LOG = LoggerFactory.getLogger(KernelTrees.class);
    /** One resolution per generation and JVM: asking the archive costs seconds, and a run wants one version. */
    private static final Map<String, KernelTree> RESOLVED = new HashMap<>();

    private KernelTrees() {
    }

    /**
     * The tree of the newest package version the generation's suites offer (see fixtures'
     * kernels/*.properties). When the archive cannot be reached, the newest tree already cached is used.
     *
     * @throws InfraException when the archive is unreachable and nothing is cached
     */
    public static synchronized KernelTree ensure(String generation) {
        KernelTree tree = RESOLVED.get(generation);
        if (tree == null || !java.nio.file.Files.isDirectory(tree.root())) {
            tree = ensure(generation, DebianArchive.standard(), CacheRoot.get().resolve("trees"));
            RESOLVED.put(generation, tree);
        }
        return tree;
    }

    /**
     * The tree of exactly this package version: from the cache, else from the suite that still offers it (a
     * suite offers one version of a package, so each suite's newest is asked).
     *
     * @throws UnavailableException when no suite offers that version any more and it is not cached
     * @throws InfraException       when the archive cannot be read
     */
    public static synchronized KernelTree ensurePinned(String generation, String version) {
        return ensurePinned(generation, version, DebianArchive.standard(), CacheRoot.get().resolve("trees"));
    }

    static KernelTree ensurePinned(String generation, String version, DebianArchive archive, Path treesRoot) {
        KernelVersion kernel = Kernels.get(generation);
        Path dir = treesRoot.resolve(dirName(kernel.packageName(), version));
        if (Files.isDirectory(dir)) {
            return new KernelTree(dir, version, generation);
        }
        java.util.List<String> offered = new java.util.ArrayList<>();
        for (String suite : kernel.suites()) {
            DebianPackage pkg;
            try {
                pkg = archive.resolveNewest(kernel.packageName(), java.util.List.of(suite));
            } catch (DebianUnavailableException e) {
                throw new InfraException("cannot ask Debian for " + kernel.packageName() + " " + version + ": "
                        + e.getMessage(), e);
            } catch (IOException e) {
                offered.add(suite + ": none");
                continue;
            }
            if (pkg.version().equals(version)) {
                extract(pkg, archive, treesRoot, dir);
                return new KernelTree(dir, version, generation);
            }
            offered.add(suite + ": " + pkg.version());
        }
        throw new UnavailableException(kernel.packageName() + " " + version + " is no longer offered by Debian ("
                + String.join(", ", offered) + ") nor cached in " + treesRoot);
    }

    static synchronized KernelTree ensure(String generation, DebianArchive archive, Path treesRoot) {
        KernelVersion kernel = Kernels.get(generation);
        DebianPackage pkg;
        try {
            pkg = archive.resolveNewest(kernel.packageName(), kernel.suites());
        } catch (DebianUnavailableException e) {
            return newestCached(kernel, treesRoot).orElseThrow(() -> new InfraException(
                    "Debian archive unreachable and no cached tree of " + kernel.packageName() + ": "
                            + e.getMessage(), e));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path dir = treesRoot.resolve(dirName(pkg.name(), pkg.version()));
        if (!Files.isDirectory(dir)) {
            extract(pkg, archive, treesRoot, dir);
        }
        return new KernelTree(dir, pkg.version(), generation);
    }

    private static void extract(DebianPackage pkg, DebianArchive archive, Path treesRoot, Path dir) {
        try {
            Path deb = archive.download(pkg);
            long start = System.nanoTime();
            new SourcePackageExtractor(treesRoot).extract(deb, dir);
            LOG.info("extracted {} {} in {} s", pkg.name(), pkg.version(),
                    (System.nanoTime() - start) / 1_000_000_000L);
        } catch (DebianUnavailableException e) {
            throw new InfraException("could not download " + pkg.url() + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("extracting " + pkg.name() + " " + pkg.version() + " failed", e);
        }
    }

    static String dirName(String packageName, String version) {
        return packageName + "_" + version.replace(':', '%');
    }

    private static Optional<KernelTree> newestCached(KernelVersion kernel, Path treesRoot) {
        String prefix = kernel.packageName() + "_";
        if (!Files.isDirectory(treesRoot)) {
            return Optional.empty();
        }
        try (Stream<Path> dirs = Files.list(treesRoot)) {
            Optional<KernelTree> tree = dirs
                    .filter(d -> d.getFileName().toString().startsWith(prefix) && Files.isDirectory(d))
                    .map(d -> new KernelTree(d,
                            d.getFileName().toString().substring(prefix.length()).replace('%', ':'),
                            kernel.generation()))
                    .max(Comparator.comparing(KernelTree::packageVersion,
                            dev.kallsyms.debian.DebianVersion.ORDER));
            tree.ifPresent(t -> LOG.warn("Debian archive unreachable; using cached {} {}",
                    kernel.packageName(), t.packageVersion()));
            return tree;
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
