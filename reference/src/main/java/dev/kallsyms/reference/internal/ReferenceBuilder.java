package dev.kallsyms.reference.internal;

import dev.kallsyms.debian.CacheRoot;
import dev.kallsyms.debian.DebianArchive;
import dev.kallsyms.debian.DebianPackage;
import dev.kallsyms.debian.host.Directories;
import dev.kallsyms.fixtures.KernelVersion;
import dev.kallsyms.fixtures.Kernels;
import dev.kallsyms.reference.Provenance;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Properties;

/**
 * Builds the C reference of a generation into the cache: resolve Debian's newest linux-source package,
 * take scripts/kallsyms.c and scripts/include out of it, compile with the host's gcc. A cached build is used
 * as is, with no network, unless {@code KALLSYMS_REFERENCE_REFRESH=1} asks to look for a newer package.
 */
public final class ReferenceBuilder {
    /** A compiled reference and where it came from. */
    public record Built(Path binary, Provenance provenance) {
    }

    private ReferenceBuilder() {
    }

    public static Built ensure(String generation) throws IOException {
        Path dir = CacheRoot.get().resolve("reference").resolve(generation);
        Files.createDirectories(dir);
        try (FileChannel channel = FileChannel.open(dir.resolve(".lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = channel.lock()) {
            Path record = dir.resolve("provenance.properties");
            Path binary = dir.resolve("kallsyms");
            boolean refresh = "1".equals(System.getenv("KALLSYMS_REFERENCE_REFRESH"));
            if (!refresh && Files.isExecutable(binary) && Files.isRegularFile(record)) {
                return new Built(binary, read(record));
            }
            return build(Kernels.get(generation), dir, binary, record);
        }
    }

    private static Built build(KernelVersion kernel, Path dir, Path binary, Path record) throws IOException {
        DebianArchive archive = DebianArchive.standard();
        DebianPackage pkg = archive.resolveNewest(kernel.packageName(), kernel.suites());
        Path deb = archive.download(pkg);
        Path sources = Files.createTempDirectory(dir, "src");
        try {
            Path kallsymsC = ScriptsExtractor.extract(deb, sources);
            String compiler = HostCompiler.compile(kallsymsC, sources.resolve("scripts/include"), binary);
            Provenance provenance = new Provenance(pkg.name(), pkg.version(), pkg.suite(), pkg.sha256(), compiler);
            write(record, provenance);
            return new Built(binary, provenance);
        } finally {
            Directories.delete(sources);
        }
    }

    private static Provenance read(Path record) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(record)) {
            p.load(in);
        }
        return new Provenance(p.getProperty("package"), p.getProperty("version"), p.getProperty("suite"),
                p.getProperty("sha256"), p.getProperty("compiler"));
    }

    private static void write(Path record, Provenance provenance) throws IOException {
        Properties p = new Properties();
        p.setProperty("package", provenance.packageName());
        p.setProperty("version", provenance.packageVersion());
        p.setProperty("suite", provenance.suite());
        p.setProperty("sha256", provenance.sha256());
        p.setProperty("compiler", provenance.compiler());
        try (Writer out = Files.newBufferedWriter(record)) {
            p.store(out, "C kallsyms reference");
        }
    }
}
