package dev.kallsyms.generator.conformance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * A generation as the conformance tests drive it: how its C program receives the map and which option sets
 * are tried. Read from {@code generations.properties}, the one place that holds this knowledge.
 */
record GenerationSetup(String generation, boolean readsStdin, List<List<String>> optionSets,
                       List<List<String>> realMapOptionSets) {
    private static final Properties DATA = load();

    GenerationSetup {
        optionSets = List.copyOf(optionSets);
        realMapOptionSets = List.copyOf(realMapOptionSets);
    }

    static List<GenerationSetup> all() {
        return split(DATA.getProperty("generations"), ",").stream().map(GenerationSetup::of).toList();
    }

    static GenerationSetup of(String generation) {
        String input = DATA.getProperty(generation + ".input");
        if (input == null) {
            throw new IllegalArgumentException("no conformance setup for generation " + generation);
        }
        return new GenerationSetup(generation, input.equals("stdin"), optionSets(generation + ".options"),
                optionSets(generation + ".real-options"));
    }

    private static List<List<String>> optionSets(String key) {
        return split(DATA.getProperty(key), "\\|").stream()
                .map(s -> s.equals("-") ? List.<String>of() : split(s, " "))
                .toList();
    }

    /** The C program's arguments: the options, then the map's path unless the map goes to stdin. */
    List<String> arguments(List<String> options, Path map) {
        List<String> args = new ArrayList<>(options);
        if (!readsStdin) {
            args.add(map.toString());
        }
        return args;
    }

    private static List<String> split(String value, String separator) {
        return Arrays.stream(value.split(separator)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static Properties load() {
        try (InputStream in = GenerationSetup.class.getResourceAsStream("generations.properties")) {
            Properties p = new Properties();
            p.load(in);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
