package dev.kallsyms.harness.build;

import dev.kallsyms.harness.FileDigests;
import dev.kallsyms.harness.PassFiles;
import dev.kallsyms.harness.PassRecord;
import dev.kallsyms.harness.PassRecord.GeneratorRun;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.stream.Stream;

/** Reads the directories the kallsyms wrapper left, one per call, into pass records. */
public final class WrapperRecords {
    private static final int STDERR_LIMIT = 4000;

    private WrapperRecords() {
    }

    /**
     * @param callsDir  the wrapper's records directory (holds 0/, 1/, ...)
     * @param relativeTo names in the records are relative to this directory (the cell directory)
     */
    public static List<PassRecord> read(Path callsDir, PassFiles files, Path relativeTo) {
        List<PassRecord> passes = new ArrayList<>();
        for (Path call : callDirectories(callsDir)) {
            if (Files.isRegularFile(call.resolve("record.properties"))) {
                passes.add(record(call, files, relativeTo));
            }
        }
        return passes;
    }

    /** The call directories in call order. */
    public static List<Path> callDirectories(Path callsDir) {
        if (!Files.isDirectory(callsDir)) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(callsDir)) {
            return dirs.filter(d -> d.getFileName().toString().matches("\\d+"))
                    .sorted(Comparator.comparingInt(d -> Integer.parseInt(d.getFileName().toString())))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PassRecord record(Path call, PassFiles files, Path relativeTo) {
        Properties p = properties(call.resolve("record.properties"));
        int invocation = Integer.parseInt(p.getProperty("call"));
        String target = text(call.resolve("stdout-target")).strip();
        OptionalInt byName = files.passOfOutput(target);
        // the output file name says which pass; failing that, count from the generation's first pass
        int pass = byName.orElse(files.firstPass() + invocation);
        Path cOut = call.resolve("c.out");
        Path javaOut = call.resolve("java.out");
        GeneratorRun c = run(p, "c", cOut, call.resolve("c.err"), relativeTo);
        GeneratorRun java = run(p, "java", javaOut, call.resolve("java.err"), relativeTo);
        long difference = FileDigests.firstDifference(cOut, javaOut);
        boolean equal = c.exitCode() == java.exitCode() && difference == -1;
        String fault = p.getProperty("fault", "");
        return new PassRecord(pass, invocation, lines(call.resolve("args")), relativeName(target),
                Boolean.parseBoolean(p.getProperty("map.on.stdin")),
                FileDigests.of(call.resolve("input.map"), rel(relativeTo, call.resolve("input.map"))),
                c, java, equal, difference, fault.isEmpty() ? null : fault);
    }

    private static GeneratorRun run(Properties p, String who, Path out, Path err, Path relativeTo) {
        double ms = Long.parseLong(p.getProperty(who + ".nanos", "0")) / 1e6;
        return new GeneratorRun(Integer.parseInt(p.getProperty(who + ".exit")), Math.round(ms * 10) / 10.0,
                FileDigests.of(out, rel(relativeTo, out)), trimmed(text(err)));
    }

    /** The output file as seen inside the container (/out/...), shown relative to the output tree. */
    private static String relativeName(String target) {
        return target.startsWith("/out/") ? target.substring("/out/".length()) : target;
    }

    private static String rel(Path base, Path file) {
        return base.relativize(file).toString();
    }

    /** Standard error as records keep it: a few KB at most. */
    static String trimmed(String s) {
        return s.length() <= STDERR_LIMIT ? s : s.substring(0, STDERR_LIMIT) + "\n[... trimmed]";
    }

    private static List<String> lines(Path file) {
        String s = text(file);
        // printf '%s\n' with no arguments still prints one newline
        if (s.isEmpty() || s.equals("\n")) {
            return List.of();
        }
        List<String> lines = new ArrayList<>(List.of(s.split("\n", -1)));
        if (s.endsWith("\n")) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    static String text(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.ISO_8859_1) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties properties(Path file) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            Properties p = new Properties();
            p.load(r);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
