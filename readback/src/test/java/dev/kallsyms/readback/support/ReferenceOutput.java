package dev.kallsyms.readback.support;

import dev.kallsyms.reference.ReferenceKallsyms;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The C kallsyms' assembler output, and the few facts the tests read straight from its text to check their own
 * expectations: the entry count, the address literal of every entry, the names the newer generations print in
 * comments.
 */
public record ReferenceOutput(byte[] assembly, long numSyms, List<String> addressLiterals, List<String> commentNames,
                              String relativeBaseLiteral) {
    private static final Pattern NUM_SYMS = Pattern.compile("kallsyms_num_syms:\\n\\t\\.long\\t(\\d+)");
    private static final Pattern RELATIVE_BASE = Pattern.compile("kallsyms_relative_base:\\n\\tPTR\\t([^\\n]*)");
    private static final Pattern NAME_COMMENT = Pattern.compile("^\\t\\.byte [^/]*\\t/\\* (.*) \\*/$");

    /** Runs the C program of {@code generation} on {@code map}; 5.10 reads the map from standard input. */
    public static ReferenceOutput run(String generation, List<String> args, Path map) throws IOException {
        ReferenceKallsyms reference = ReferenceKallsyms.forGeneration(generation);
        List<String> command = new ArrayList<>(args);
        ReferenceKallsyms.Result result;
        if (generation.equals("5.10")) {
            result = reference.run(command, map);
        } else {
            command.add(map.toString());
            result = reference.run(command, null);
        }
        if (result.exitCode() != 0) {
            throw new IOException("C kallsyms " + generation + " " + args + " failed: "
                    + new String(result.stderr(), StandardCharsets.UTF_8));
        }
        return parse(result.stdout());
    }

    static ReferenceOutput parse(byte[] assembly) {
        String text = new String(assembly, StandardCharsets.ISO_8859_1);
        Matcher count = NUM_SYMS.matcher(text);
        if (!count.find()) {
            throw new IllegalStateException("no kallsyms_num_syms in the C output");
        }
        Matcher base = RELATIVE_BASE.matcher(text);
        return new ReferenceOutput(assembly, Long.parseLong(count.group(1)), addressLiterals(text),
                commentNames(text), base.find() ? base.group(1).strip() : null);
    }

    /** The operand of each line of kallsyms_addresses / kallsyms_offsets, comments stripped. */
    private static List<String> addressLiterals(String text) {
        List<String> literals = new ArrayList<>();
        boolean inside = false;
        for (String line : text.split("\n")) {
            if (line.equals("kallsyms_addresses:") || line.equals("kallsyms_offsets:")) {
                inside = true;
            } else if (inside && (line.isEmpty() || line.endsWith(":") || line.startsWith("."))) {
                break;
            } else if (inside) {
                String operand = line.replaceFirst("\\t/\\*.*\\*/$", "").strip();
                literals.add(operand.substring(operand.indexOf('\t') + 1).strip());
            }
        }
        return literals;
    }

    /** Type and name of each kallsyms_names entry, when the generation prints them (6.12 on). */
    private static List<String> commentNames(String text) {
        List<String> names = new ArrayList<>();
        boolean inside = false;
        for (String line : text.split("\n")) {
            if (line.equals("kallsyms_names:")) {
                inside = true;
            } else if (inside && (line.isEmpty() || line.startsWith("."))) {
                break;
            } else if (inside) {
                Matcher m = NAME_COMMENT.matcher(line);
                if (m.matches()) {
                    names.add(m.group(1));
                }
            }
        }
        return names;
    }
}
