package dev.kallsyms.harness.capture;

import dev.kallsyms.harness.CellResult;
import dev.kallsyms.harness.PassRecord;
import dev.kallsyms.harness.report.MetadataJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZOutputStream;

/**
 * Adds the real pass maps of harness runs to the symbol-map corpus (fixtures' maps/): each pass's input map
 * and the C program's output, xz-compressed under real/, with a manifest.tsv row and a recorded-outputs.tsv
 * row that say which build they come from. Entries already in the manifest are left alone.
 */
public final class CorpusCapture {
    private CorpusCapture() {
    }

    /** One added entry. */
    public record Captured(String name, long lines, String provenance) {
    }

    /** @param results a run's output root or one cell's directory */
    public static List<Captured> capture(Path results, Path corpusDir) {
        List<Captured> added = new ArrayList<>();
        for (Path cellDir : cellDirs(results)) {
            CellResult r = MetadataJson.read(cellDir);
            for (PassRecord p : r.passes()) {
                if (p.c().exitCode() == 0 && p.inputMap().lines() > 0 && p.fault() == null) {
                    capturePass(r, p, cellDir, corpusDir).ifPresent(added::add);
                }
            }
        }
        return added;
    }

    static java.util.Optional<Captured> capturePass(CellResult r, PassRecord p, Path cellDir, Path corpus) {
        String version = r.kernel() != null ? r.kernel().packageVersion() : r.cell().kernel();
        String name = (r.cell().defconfig() + "-" + version + "-" + r.cell().toolchain()
                + (r.cell().fragments().isEmpty() ? "" : "-" + r.cell().id().substring(r.cell().id().length() - 8))
                + "-pass" + p.pass()).replaceAll("[^A-Za-z0-9._-]", "_");
        Path manifest = corpus.resolve("manifest.tsv");
        if (existingNames(manifest).contains(name)) {
            return java.util.Optional.empty();
        }
        String mapFile = "real/" + name + ".syms.xz";
        String asmFile = "real/" + name + ".S.xz";
        compress(cellDir.resolve(p.inputMap().file()), corpus.resolve(mapFile));
        compress(cellDir.resolve(p.c().output().file()), corpus.resolve(asmFile));
        String provenance = provenance(r);
        String description = "input of kallsyms pass " + p.pass() + " of a harness build (" + p.outputFile()
                + " was its output)";
        append(manifest, String.join("\t", name, "real", mapFile, Long.toString(p.inputMap().lines()),
                description, provenance));
        List<String> options = p.arguments().stream().filter(a -> a.startsWith("-")).toList();
        append(corpus.resolve("recorded-outputs.tsv"), String.join("\t", name, r.cell().kernel(),
                options.isEmpty() ? "-" : String.join(" ", options), asmFile,
                "scripts/kallsyms of the same build, pass " + p.pass()));
        return java.util.Optional.of(new Captured(name, p.inputMap().lines(), provenance));
    }

    static String provenance(CellResult r) {
        StringBuilder s = new StringBuilder("harness build: Debian ");
        if (r.kernel() != null) {
            s.append(r.kernel().packageName()).append(' ').append(r.kernel().packageVersion());
        }
        s.append(", arm ").append(r.cell().defconfig());
        r.cell().fragments().forEach(f -> s.append(" +").append(f.replace('\t', ' ')));
        r.cell().makeVars().forEach(v -> s.append(' ').append(v));
        if (r.toolchain() != null) {
            s.append(", ").append(r.toolchain().toolVersions().getOrDefault("compiler", r.toolchain().id()));
            s.append(", image ").append(r.toolchain().imageTag());
        }
        if (r.config() != null && !r.config().kallsyms().isEmpty()) {
            s.append("; ").append(String.join(" ", r.config().kallsyms()));
        }
        s.append("; run ").append(r.startedAt());
        return s.toString().replace('\n', ' ').replace('\t', ' ');
    }

    private static List<Path> cellDirs(Path results) {
        if (Files.isRegularFile(results.resolve(MetadataJson.FILE))) {
            return List.of(results);
        }
        try (Stream<Path> dirs = Files.list(results)) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve(MetadataJson.FILE))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> existingNames(Path manifest) {
        try {
            return Files.isRegularFile(manifest) ? Files.readAllLines(manifest).stream()
                    .filter(l -> !l.startsWith("#")).map(l -> l.split("\t", 2)[0]).toList() : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void compress(Path from, Path to) {
        try {
            Files.createDirectories(to.getParent());
            try (InputStream in = Files.newInputStream(from);
                 OutputStream out = new XZOutputStream(Files.newOutputStream(to), new LZMA2Options(6))) {
                in.transferTo(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void append(Path file, String row) {
        try {
            Files.writeString(file, row + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
