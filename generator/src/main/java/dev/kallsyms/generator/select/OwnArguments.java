package dev.kallsyms.generator.select;

import java.util.ArrayList;
import java.util.List;

/**
 * Separates our own option, --kernel-version X.Y (or =X.Y), from the C program's arguments.
 * Arguments after "--" belong to the C program untouched.
 */
public record OwnArguments(String kernelVersion, List<String> cArguments) {
    public static final String KERNEL_VERSION = "--kernel-version";

    public static OwnArguments split(List<String> args) throws GenerationException {
        String version = null;
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--")) {
                rest.addAll(args.subList(i, args.size()));
                break;
            }
            if (arg.equals(KERNEL_VERSION)) {
                if (i + 1 >= args.size()) {
                    throw new GenerationException("option " + KERNEL_VERSION + " needs a value such as 6.1");
                }
                version = args.get(++i);
            } else if (arg.startsWith(KERNEL_VERSION + "=")) {
                version = arg.substring(KERNEL_VERSION.length() + 1);
            } else {
                rest.add(arg);
            }
        }
        return new OwnArguments(version, List.copyOf(rest));
    }
}
