package dev.kallsyms.harness.summary;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.kallsyms.cli.BadInputException;
import dev.kallsyms.harness.Cell;
import dev.kallsyms.harness.report.MetadataJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A cell of the matrix that was not built because it is known not to build (fixtures'
 * matrix/unbuildable.tsv). A run keeps them in skipped.json at its root so that its report shows the
 * whole matrix asked for, not only the part that ran.
 *
 * @param id     the cell's id, as its directory would be named
 * @param cell   the cell
 * @param reason why it cannot build, as the data file says
 */
public record SkippedCell(String id, Cell cell, String reason) {
    public static final String FILE = "skipped.json";
    public static final String VERDICT = "SKIPPED";

    public static SkippedCell of(Cell cell, String reason) {
        return new SkippedCell(cell.id(), cell, reason);
    }

    /** Replaces the root's skipped.json (none is written when nothing was skipped, and an old one is removed). */
    public static void write(Path root, List<SkippedCell> skipped) {
        Path file = root.resolve(FILE);
        try {
            if (skipped.isEmpty()) {
                Files.deleteIfExists(file);
                return;
            }
            Files.createDirectories(root);
            Files.writeString(file, MetadataJson.mapper().writeValueAsString(skipped) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** The root's skipped cells; none when it has no skipped.json; a BadInputException when it is not one. */
    public static List<SkippedCell> read(Path root) {
        Path file = root.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            return List.copyOf(MetadataJson.mapper().readValue(Files.readString(file), new TypeReference<>() {
            }));
        } catch (JsonProcessingException e) {
            // a hand-edited or truncated file is the user's input, refused in one line like the other reports
            throw new BadInputException(file + " is not a list of skipped cells (" + e.getOriginalMessage() + ")", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
