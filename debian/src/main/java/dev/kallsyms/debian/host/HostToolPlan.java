package dev.kallsyms.debian.host;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What to do about the host tools a step needs, decided from the facts alone (which commands are found, the
 * uid, whether apt-get exists) so that it can be tested without removing anything from a machine.
 *
 * @param packages what to install (empty when ready or refused)
 * @param refusal  why nothing will be installed and what the user can do, or null
 */
record HostToolPlan(List<String> packages, String refusal) {

    static HostToolPlan of(List<HostTool> tools, Predicate<String> onPath, long uid, boolean aptGet) {
        Set<String> packages = new LinkedHashSet<>();
        for (HostTool tool : tools) {
            if (!onPath.test(tool.command())) {
                packages.addAll(tool.packages());
            }
        }
        if (packages.isEmpty()) {
            return new HostToolPlan(List.of(), null);
        }
        String missing = String.join(", ", missing(tools, onPath)) + " not found on PATH";
        String install = String.join(" ", packages);
        if (uid != 0) {
            return new HostToolPlan(List.of(), missing + "; not installing " + install + ": this runs as uid "
                    + uid + ", not root; run 'sudo apt-get install " + install + "'");
        }
        if (!aptGet) {
            return new HostToolPlan(List.of(), missing + "; not installing: no apt-get on this machine (not "
                    + "Debian?); install the equivalents of Debian's " + install);
        }
        return new HostToolPlan(List.copyOf(packages), null);
    }

    static List<String> missing(List<HostTool> tools, Predicate<String> onPath) {
        List<String> missing = new ArrayList<>();
        for (HostTool tool : tools) {
            if (!onPath.test(tool.command())) {
                missing.add(tool.command());
            }
        }
        return missing;
    }

    boolean ready() {
        return packages.isEmpty() && refusal == null;
    }
}
