package dev.kallsyms.harness;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where one kernel generation's link leaves the files of each kallsyms pass (data: pass-files.properties).
 * File names are relative to the output tree.
 */
public record PassFiles(String generation, int firstPass, String elfPattern, String mapPattern, String asmPattern,
                        String objectPattern, String pass0Map, String finalElf, String switches) {
    private static final String TABLE = "/dev/kallsyms/harness/pass-files.properties";
    private static final String N = "{N}";

    public static PassFiles forGeneration(String generation) {
        Properties table = load();
        String first = table.getProperty(generation + ".first-pass");
        if (first == null) {
            throw new IllegalArgumentException("no pass-file table entry for kernel generation " + generation
                    + " (see " + TABLE + ")");
        }
        return new PassFiles(generation, Integer.parseInt(first.strip()),
                table.getProperty(generation + ".elf"), table.getProperty(generation + ".map"),
                table.getProperty(generation + ".asm"), table.getProperty(generation + ".object"),
                table.getProperty(generation + ".pass0.map"), table.getProperty(generation + ".final"),
                table.getProperty(generation + ".switches", ""));
    }

    /** The temporary vmlinux whose symbols are pass n's input; empty for a pass 0 that runs on an empty map. */
    public Optional<String> elf(int pass) {
        return pass == 0 ? Optional.empty() : Optional.of(fill(elfPattern, pass));
    }

    /** Pass n's input map as the link script writes it; empty when the map is piped from nm. */
    public Optional<String> map(int pass) {
        if (pass == 0 && pass0Map != null) {
            return Optional.of(pass0Map);
        }
        return "-".equals(mapPattern) ? Optional.empty() : Optional.of(fill(mapPattern, pass));
    }

    public boolean mapOnStdin() {
        return "-".equals(mapPattern);
    }

    public String asm(int pass) {
        return fill(asmPattern, pass);
    }

    public String object(int pass) {
        return fill(objectPattern, pass);
    }

    /**
     * The pass number of an output file the wrapper saw as its standard output (absolute or relative).
     * Empty when the name is not a pass output of this generation.
     */
    public OptionalInt passOfOutput(String outputFile) {
        String name = outputFile.substring(outputFile.lastIndexOf('/') + 1);
        String[] parts = asmPattern.split(Pattern.quote(N), -1);
        Pattern p = Pattern.compile(Pattern.quote(parts[0]) + "(\\d+)" + Pattern.quote(parts[1]));
        Matcher m = p.matcher(name);
        return m.matches() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }

    /**
     * The switches the link script gives scripts/kallsyms for a configuration, in the script's order.
     *
     * @param enabled the names of the options set to y in .config (CONFIG_...)
     */
    public List<String> arguments(Set<String> enabled) {
        List<String> arguments = new ArrayList<>();
        for (String entry : switches.strip().split("\\s+")) {
            int colon = entry.lastIndexOf(':');
            if (colon > 0 && Arrays.stream(entry.substring(0, colon).split("\\|")).anyMatch(enabled::contains)) {
                arguments.add(entry.substring(colon + 1));
            }
        }
        return arguments;
    }

    private static String fill(String pattern, int pass) {
        return pattern.replace(N, Integer.toString(pass));
    }

    private static Properties load() {
        try (InputStream in = PassFiles.class.getResourceAsStream(TABLE)) {
            Properties p = new Properties();
            p.load(in);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
