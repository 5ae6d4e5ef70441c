package dev.kallsyms.harness.matrix;

import dev.kallsyms.harness.Cell;
import dev.kallsyms.harness.CellResult;
import dev.kallsyms.harness.Verdict;
import dev.kallsyms.harness.report.MetadataJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cells of a matrix that an earlier run into the same results directory already finished: a readable
 * metadata.json for the same cell with a final verdict (anything but INFRA, which says nothing and is built again).
 */
public final class Resume {
    private Resume() {
    }

    /** Finished results by cell id, for the given cells only. */
    public static Map<String, CellResult> finished(Path resultsDir, List<Cell> cells) {
        Map<String, CellResult> done = new LinkedHashMap<>();
        for (Cell cell : cells) {
            Path dir = resultsDir.resolve(cell.id());
            if (!Files.isRegularFile(dir.resolve(MetadataJson.FILE))) {
                continue;
            }
            try {
                CellResult result = MetadataJson.read(dir);
                if (result.verdict() != Verdict.INFRA && cell.equals(result.cell())) {
                    done.put(cell.id(), result);
                }
            } catch (RuntimeException unreadable) {
                // a metadata.json cut short by the interruption: the cell is built again
            }
        }
        return done;
    }
}
