package dev.kallsyms.generator.libc;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * glibc getopt_long with an empty short-option string and flag-setting long options that take no
 * argument: abbreviations, argument permutation (unless POSIXLY_CORRECT), "--", and glibc's messages.
 */
public final class GetoptLong {
    private final String argv0;
    private final List<String> longNames;
    private final boolean requireOrder;

    /** The options seen and the operands in their original order, or the message of the first error. */
    public record Outcome(Set<String> flags, List<String> operands, String error) {
        public boolean failed() {
            return error != null;
        }
    }

    public GetoptLong(String argv0, List<String> longNames, boolean posixlyCorrect) {
        this.argv0 = argv0;
        this.longNames = List.copyOf(longNames);
        this.requireOrder = posixlyCorrect;
    }

    public Outcome parse(List<String> args) {
        Set<String> flags = new LinkedHashSet<>();
        List<String> operands = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--")) {
                operands.addAll(args.subList(i + 1, args.size()));
                break;
            }
            if (!arg.startsWith("-") || arg.length() == 1) {
                if (requireOrder) {
                    operands.addAll(args.subList(i, args.size()));
                    break;
                }
                operands.add(arg);
                continue;
            }
            String error = arg.startsWith("--") ? longOption(arg.substring(2), flags) : shortOption(arg);
            if (error != null) {
                return new Outcome(flags, operands, error);
            }
        }
        return new Outcome(flags, operands, null);
    }

    private String shortOption(String arg) {
        return argv0 + ": invalid option -- '" + arg.charAt(1) + "'\n";
    }

    private String longOption(String text, Set<String> flags) {
        int eq = text.indexOf('=');
        String name = eq < 0 ? text : text.substring(0, eq);
        List<String> matches = new ArrayList<>();
        for (String candidate : longNames) {
            if (candidate.equals(name)) {
                matches = List.of(candidate);
                break;
            }
            if (candidate.startsWith(name)) {
                matches.add(candidate);
            }
        }
        if (matches.isEmpty()) {
            return argv0 + ": unrecognized option '--" + text + "'\n";
        }
        if (matches.size() > 1) {
            StringBuilder sb = new StringBuilder(argv0).append(": option '--").append(text)
                    .append("' is ambiguous; possibilities:");
            matches.forEach(m -> sb.append(" '--").append(m).append('\''));
            return sb.append('\n').toString();
        }
        String found = matches.get(0);
        if (eq >= 0) {
            return argv0 + ": option '--" + found + "' doesn't allow an argument\n";
        }
        flags.add(found);
        return null;
    }
}
