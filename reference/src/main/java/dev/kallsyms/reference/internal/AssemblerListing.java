package dev.kallsyms.reference.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the assembler text a kallsyms program writes, well enough to say which table and which symbol an
 * output line belongs to. It decodes the compressed names with the file's own token table, so it works for
 * every generation's layout (labels are found by name, not by position).
 */
public final class AssemblerListing {
    private static final Pattern LABEL = Pattern.compile("^([A-Za-z_][A-Za-z0-9_]*):$");
    private static final Pattern HEX_BYTE = Pattern.compile("0x([0-9a-fA-F]{2})");

    private final List<String> lines;
    private final Map<Integer, String> labelOfLine = new HashMap<>();
    private final Map<Integer, Integer> indexOfLine = new HashMap<>();
    private final Map<String, List<String>> tables = new HashMap<>();
    private List<String> decodedNames;

    public AssemblerListing(List<String> lines) {
        this.lines = lines;
        index();
    }

    /**
     * Splits raw output at '\n' only (a CR is data: names may hold one), one char per byte, without the
     * terminators; an unterminated last line counts as a line.
     */
    public static List<String> lines(byte[] output) {
        String text = new String(output, StandardCharsets.ISO_8859_1);
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        lines.remove(lines.size() - 1);
        if (!text.isEmpty() && !text.endsWith("\n")) {
            lines.add(text.substring(text.lastIndexOf('\n') + 1));
        }
        return lines;
    }

    /** Where a 1-based line lies, e.g. {@code kallsyms_names[17]}; empty outside the tables. */
    public String location(int line) {
        String label = labelOfLine.get(line);
        if (label == null) {
            return "";
        }
        Integer index = indexOfLine.get(line);
        return index == null ? label : label + "[" + index + "]";
    }

    /** The symbol a 1-based line describes ("type name"), or empty. */
    public String symbolAt(int line) {
        String label = labelOfLine.get(line);
        Integer index = indexOfLine.get(line);
        if (label == null || index == null) {
            return "";
        }
        switch (label) {
            case "kallsyms_addresses", "kallsyms_offsets", "kallsyms_names":
                return symbol(index);
            case "kallsyms_seqs_of_names":
                return symbol(seq(lines.get(line - 1)));
            case "kallsyms_markers":
                return index * 256 < names().size() ? "first of block: " + symbol(index * 256) : "";
            case "kallsyms_token_table", "kallsyms_token_index":
                List<String> tokens = tables.getOrDefault("kallsyms_token_table", List.of());
                return index < tokens.size() ? "token " + index + " \"" + asciz(tokens.get(index)) + "\"" : "";
            default:
                return "";
        }
    }

    private void index() {
        String label = null;
        int count = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher m = LABEL.matcher(line);
            if (m.matches()) {
                label = m.group(1);
                count = 0;
                tables.put(label, new ArrayList<>());
                continue;
            }
            if (line.isEmpty()) {
                label = null;
                continue;
            }
            if (label == null || line.equals("\tALGN") || line.startsWith("\t.balign")) {
                continue;
            }
            labelOfLine.put(i + 1, label);
            indexOfLine.put(i + 1, count++);
            tables.get(label).add(line);
        }
    }

    private String symbol(int index) {
        List<String> names = names();
        return index >= 0 && index < names.size() ? "#" + index + " " + names.get(index) : "";
    }

    private List<String> names() {
        if (decodedNames == null) {
            decodedNames = decodeNames();
        }
        return decodedNames;
    }

    private List<String> decodeNames() {
        List<String> tokens = tables.getOrDefault("kallsyms_token_table", List.of()).stream()
                .map(AssemblerListing::asciz).toList();
        List<String> result = new ArrayList<>();
        for (String line : tables.getOrDefault("kallsyms_names", List.of())) {
            result.add(decodeName(bytes(line), tokens));
        }
        return result;
    }

    /** A names line holds a one- or two-byte length and then exactly that many token codes. */
    private static String decodeName(List<Integer> bytes, List<String> tokens) {
        if (bytes.isEmpty()) {
            return "";
        }
        int start = bytes.get(0) == bytes.size() - 1 ? 1 : 2;
        StringBuilder name = new StringBuilder();
        for (int i = start; i < bytes.size(); i++) {
            int code = bytes.get(i);
            name.append(code < tokens.size() ? tokens.get(code) : "?");
        }
        if (name.length() > 1) {
            name.insert(1, ' ');
        }
        return name.toString();
    }

    private static List<Integer> bytes(String line) {
        String data = line.contains("/*") ? line.substring(0, line.indexOf("/*")) : line;
        List<Integer> values = new ArrayList<>();
        Matcher m = HEX_BYTE.matcher(data);
        while (m.find()) {
            values.add(Integer.parseInt(m.group(1), 16));
        }
        return values;
    }

    private static int seq(String line) {
        List<Integer> b = bytes(line);
        return b.size() < 3 ? -1 : (b.get(0) << 16) | (b.get(1) << 8) | b.get(2);
    }

    /** The raw text between the quotes of an {@code .asciz "..."} line (kallsyms writes it unescaped). */
    private static String asciz(String line) {
        int open = line.indexOf('"');
        int close = line.lastIndexOf('"');
        return open >= 0 && close > open ? line.substring(open + 1, close) : "";
    }
}
