package dev.kallsyms.generator.dialect;

import dev.kallsyms.generator.KallsymsOptions;
import dev.kallsyms.generator.libc.CExit;
import dev.kallsyms.generator.libc.COut;
import dev.kallsyms.generator.libc.GetoptLong;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The two command-line styles: exact words (5.10) and getopt_long with one map operand (later). */
final class Usage {
    private Usage() {
    }

    static CExit fail(String usage, COut err) {
        err.print(usage);
        return new CExit(1);
    }

    /** Every argument must be one of the words; the map comes on stdin. */
    static Invocation exactWords(List<String> args, List<String> words, String usage, COut err) {
        for (String arg : args) {
            if (!words.contains(arg)) {
                throw fail(usage, err);
            }
        }
        List<String> names = new ArrayList<>(args.size());
        for (String arg : args) {
            names.add(arg.substring(2));
        }
        return new Invocation(KallsymsOptions.fromNames(names), null);
    }

    /** getopt_long over the long options; the first operand is the map, further operands are ignored. */
    static Invocation getopt(String argv0, List<String> args, Map<String, String> env, List<String> longNames,
            String usage, COut err) {
        GetoptLong.Outcome outcome = new GetoptLong(argv0, longNames, env.containsKey("POSIXLY_CORRECT")).parse(args);
        if (outcome.failed()) {
            err.text(outcome.error());
            throw fail(usage, err);
        }
        if (outcome.operands().isEmpty()) {
            throw fail(usage, err);
        }
        return new Invocation(KallsymsOptions.fromNames(outcome.flags()), outcome.operands().get(0));
    }
}
