package dev.kallsyms.harness.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import dev.kallsyms.harness.ClasspathResource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Config fragments as TuxMake's --kconfig-add takes them: inline ({@code CONFIG_X=y},
 * {@code # CONFIG_X is not set}), a file, or a {@code classpath:} resource (the embedded matrices' own).
 */
public final class Fragments {
    private static final Pattern SETTING = Pattern.compile("^(CONFIG_[A-Za-z0-9_]+)=(.*)$");
    private static final Pattern UNSET = Pattern.compile("^# (CONFIG_[A-Za-z0-9_]+) is not set$");

    private Fragments() {
    }

    public static boolean isInline(String spec) {
        return SETTING.matcher(spec).matches() || UNSET.matcher(spec).matches();
    }

    /** The fragment's text, ending in a newline. */
    public static String text(String spec) {
        if (isInline(spec)) {
            return spec + "\n";
        }
        String text = ClasspathResource.named(spec) ? resource(spec) : file(spec);
        return text.endsWith("\n") ? text : text + "\n";
    }

    /** The setting lines (CONFIG_X=v and "# CONFIG_X is not set") of all fragments, in merge order. */
    public static List<String> settingLines(List<String> specs) {
        List<String> lines = new ArrayList<>();
        for (String spec : specs) {
            text(spec).lines().map(String::strip)
                    .filter(l -> SETTING.matcher(l).matches() || UNSET.matcher(l).matches())
                    .forEach(lines::add);
        }
        return lines;
    }

    /** The lines of a fragment file that are neither a setting nor a comment, as "line N: text". */
    public static List<String> malformedLines(String spec) {
        List<String> lines = text(spec).lines().toList();
        List<String> bad = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!line.isEmpty() && !line.startsWith("#") && !SETTING.matcher(line).matches()) {
                bad.add("line " + (i + 1) + " '" + line + "'");
            }
        }
        return bad;
    }

    /** The requested lines the final .config does not honour (later fragments win over earlier ones). */
    public static List<String> unmet(List<String> requested, List<String> finalConfig) {
        Set<String> config = Set.copyOf(finalConfig.stream().map(String::strip).toList());
        java.util.Map<String, String> last = new java.util.LinkedHashMap<>();
        for (String line : requested) {
            last.put(symbol(line), line);
        }
        List<String> unmet = new ArrayList<>();
        for (String line : last.values()) {
            if (!honoured(line, config)) {
                unmet.add(line);
            }
        }
        return unmet;
    }

    private static boolean honoured(String line, Set<String> config) {
        Matcher set = SETTING.matcher(line);
        if (set.matches() && !set.group(2).equals("n")) {
            return config.contains(line);
        }
        String symbol = symbol(line);
        // "not set" is honoured by the comment or by the symbol being absent altogether
        return config.contains("# " + symbol + " is not set")
                || config.stream().noneMatch(l -> l.startsWith(symbol + "="));
    }

    private static String symbol(String line) {
        Matcher set = SETTING.matcher(line);
        if (set.matches()) {
            return set.group(1);
        }
        Matcher unset = UNSET.matcher(line);
        if (unset.matches()) {
            return unset.group(1);
        }
        throw new IllegalArgumentException("not a config setting: " + line);
    }

    private static String resource(String spec) {
        return new String(ClasspathResource.read(spec, "config fragment",
                "/dev/kallsyms/fixtures/matrix/fragments/kallsyms-tiny.config"), StandardCharsets.UTF_8);
    }

    private static String file(String path) {
        try {
            return Files.readString(Path.of(path));
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IllegalArgumentException("config fragment is neither CONFIG_X=value nor an existing file: "
                    + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
