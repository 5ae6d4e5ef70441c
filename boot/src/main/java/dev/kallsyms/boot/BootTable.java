package dev.kallsyms.boot;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The defconfigs the boot check knows how to boot (data file {@code boot-targets.tsv}). */
public final class BootTable {
    static final String RESOURCE = "boot-targets.tsv";
    private static final int COLUMNS = 8;
    private static final String NONE = "-";

    private final Map<String, BootTarget> byDefconfig;

    private BootTable(Map<String, BootTarget> byDefconfig) {
        this.byDefconfig = byDefconfig;
    }

    /** The table shipped with the module. */
    public static BootTable standard() {
        try (InputStream in = BootTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A table of the given rows (tests, and callers with a machine of their own). */
    public static BootTable of(List<BootTarget> targets) {
        Map<String, BootTarget> rows = new LinkedHashMap<>();
        for (BootTarget t : targets) {
            if (rows.put(t.defconfig(), t) != null) {
                throw new IllegalArgumentException(t.defconfig() + " listed twice");
            }
        }
        return new BootTable(Map.copyOf(rows));
    }

    public static BootTable parse(String text) {
        Map<String, BootTarget> rows = new LinkedHashMap<>();
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            BootTarget target = row(line, i + 1);
            if (rows.put(target.defconfig(), target) != null) {
                throw new IllegalArgumentException("line " + (i + 1) + ": " + target.defconfig() + " listed twice");
            }
        }
        return new BootTable(Map.copyOf(rows));
    }

    private static BootTarget row(String line, int number) {
        String[] c = line.split("\\s+");
        if (c.length != COLUMNS) {
            throw new IllegalArgumentException("line " + number + ": expected " + COLUMNS + " columns, found "
                    + c.length + ": " + line);
        }
        try {
            return new BootTarget(c[0], c[1], Integer.parseInt(c[2]), optional(c[3]), c[4], c[5], list(c[6]),
                    list(c[7]));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("line " + number + ": " + e.getMessage(), e);
        }
    }

    private static Optional<String> optional(String cell) {
        return cell.equals(NONE) ? Optional.empty() : Optional.of(cell);
    }

    private static List<String> list(String cell) {
        return cell.equals(NONE) ? List.of() : Arrays.stream(cell.split(",")).map(String::strip).toList();
    }

    /** The row for a defconfig; empty when the boot check cannot boot it (which callers must say). */
    public Optional<BootTarget> forDefconfig(String defconfig) {
        return Optional.ofNullable(byDefconfig.get(defconfig));
    }

    public List<String> defconfigs() {
        return byDefconfig.keySet().stream().sorted().toList();
    }
}
