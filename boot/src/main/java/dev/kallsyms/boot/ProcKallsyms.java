package dev.kallsyms.boot;

import dev.kallsyms.readback.ExpectedSymbol;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of /proc/kallsyms as the kernel printed them. Core kernel entries have the System.map form
 * ({@code address type name}); entries of modules, BPF programs or trampolines carry a tab and a bracketed
 * owner after the name and are kept apart: they are not in the linked table.
 */
public record ProcKallsyms(List<ExpectedSymbol> core, List<String> others) {
    public ProcKallsyms {
        core = List.copyOf(core);
        others = List.copyOf(others);
    }

    /** @throws IllegalArgumentException for a line that is neither form (a damaged dump) */
    public static ProcKallsyms parse(List<String> lines) {
        List<ExpectedSymbol> core = new ArrayList<>(lines.size());
        List<String> others = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            if (line.indexOf('\t') >= 0) {
                others.add(line);
            } else {
                core.add(MapLines.parse(line));
            }
        }
        return new ProcKallsyms(core, others);
    }
}
