package dev.kallsyms.harness.regress;

import dev.kallsyms.cli.BadInputException;
import dev.kallsyms.harness.Cell;
import dev.kallsyms.harness.Patches;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * A regress REF of the third form, {@code c-patch:FILE}: a kernel engineer's change to scripts/kallsyms.c. The
 * side it names runs the other side's generator on cells that carry the patch (patch -p1 on the cell's own copy
 * of the tree) and link the C program's output, so the patched C is what the kernel links.
 *
 * @param file the patch, as an absolute path (the cell's patch list and its id use it)
 */
public record CPatch(String file) {
    public static final String PREFIX = "c-patch:";
    private static final String TARGET = "scripts/kallsyms.c";

    /** Empty when the REF is a generator (a jar or a revision); a one-line usage error when the patch is not one. */
    public static Optional<CPatch> parse(String ref, String option) {
        if (!ref.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String given = ref.substring(PREFIX.length());
        if (given.isEmpty()) {
            throw new BadInputException(option + " " + ref + ": " + PREFIX + " needs a patch file");
        }
        String file = Path.of(given).toAbsolutePath().normalize().toString();
        byte[] bytes;
        try {
            bytes = Patches.bytes(file);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(option + " " + ref + ": " + e.getMessage());
        }
        if (!touchesKallsymsC(new String(bytes, StandardCharsets.UTF_8))) {
            throw new BadInputException(option + " " + ref + ": the patch does not change " + TARGET
                    + " (no '+++ b/" + TARGET + "' line)");
        }
        return Optional.of(new CPatch(file));
    }

    static boolean touchesKallsymsC(String patch) {
        return patch.lines().filter(l -> l.startsWith("+++ ")).map(l -> l.substring(4).trim().split("\\s+")[0])
                .anyMatch(path -> path.equals(TARGET) || path.endsWith("/" + TARGET));
    }

    /** The cell with this patch applied after its own. */
    public Cell apply(Cell c) {
        List<String> patches = new ArrayList<>(c.patches());
        patches.add(file);
        return new Cell(c.kernel(), c.toolchain(), c.defconfig(), c.fragments(), c.makeVars(), patches);
    }

    /**
     * The id a cell has without the regress's C patches: what matches a cell of one side to the other's (its own
     * id counts its patches).
     */
    public static String unpatchedId(Cell c, Collection<CPatch> patches) {
        List<String> own = c.patches().stream().filter(p -> patches.stream().noneMatch(x -> x.file.equals(p)))
                .toList();
        return new Cell(c.kernel(), c.toolchain(), c.defconfig(), c.fragments(), c.makeVars(), own).id();
    }

    /** For reports: "kernel patch /x/y.patch sha256 ...". */
    public String describe() {
        return "scripts/kallsyms.c patch " + file + " sha256 " + Patches.sha256(file);
    }
}
