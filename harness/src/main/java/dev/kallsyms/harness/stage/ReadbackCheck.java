package dev.kallsyms.harness.stage;

import dev.kallsyms.harness.CellResult;
import dev.kallsyms.harness.PassFiles;
import dev.kallsyms.harness.PassRecord;
import dev.kallsyms.harness.ReadbackReport;
import dev.kallsyms.harness.report.MetadataJson;
import dev.kallsyms.readback.ExpectedSymbol;
import dev.kallsyms.readback.ExpectedTable;
import dev.kallsyms.readback.Readback;
import dev.kallsyms.readback.ReadbackOptions;
import dev.kallsyms.readback.ReadbackResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Decodes the kallsyms tables of a link's final ELF and compares them with the last kallsyms call's map:
 * the final link carries the tables that call wrote, so its input says what they must hold.
 */
public final class ReadbackCheck {
    private ReadbackCheck() {
    }

    /**
     * @param finalElf   the final ELF on the host
     * @param lastPass   the last kallsyms call of the link (its map and command line)
     * @param mapBase    the directory the pass record's file names are relative to (the cell directory)
     * @param elfName    how to name the ELF in the report
     * @param generation kernel generation
     */
    public static ReadbackReport afterLink(Path finalElf, PassRecord lastPass, Path mapBase, String elfName,
                                           String generation) {
        String mapName = lastPass.inputMap().file();
        return check(finalElf, elfName, mapBase.resolve(mapName), mapName, lastPass.arguments(), generation);
    }

    /** Again for a cell that has results: its final ELF (in its output tree) against its last pass's map. */
    public static ReadbackReport cellDirectory(Path cellDir) {
        CellResult result = MetadataJson.read(cellDir);
        if (result.passes().isEmpty()) {
            throw new IllegalArgumentException(cellDir + ": the cell has no kallsyms pass to read back");
        }
        String finalElf = PassFiles.forGeneration(result.cell().kernel()).finalElf();
        Path tree = cellDir.resolve(result.files().getOrDefault("tree", "build"));
        return afterLink(tree.resolve(finalElf), result.passes().get(result.passes().size() - 1), cellDir,
                finalElf, result.cell().kernel());
    }

    /**
     * Any ELF against any map.
     *
     * @param arguments the command line scripts/kallsyms was given for that map (switches only matter)
     */
    public static ReadbackReport check(Path elf, String elfName, Path map, String mapName, List<String> arguments,
                                       String generation) {
        if (!Files.isRegularFile(map)) {
            return failed(elfName, mapName, generation, "the map " + map + " is missing");
        }
        if (!Files.isRegularFile(elf)) {
            return failed(elfName, mapName, generation, "the ELF " + elf + " is missing");
        }
        try {
            ReadbackOptions options = ReadbackOptions.fromKallsymsArguments(generation, arguments);
            List<ExpectedSymbol> expected = ExpectedTable.fromMap(map, generation, arguments);
            return report(Readback.check(elf, options, expected), elfName, mapName);
        } catch (IOException | RuntimeException e) {
            return failed(elfName, mapName, generation, e.toString());
        }
    }

    static ReadbackReport report(ReadbackResult r, String elfName, String mapName) {
        return new ReadbackReport(elfName, mapName, r.generation(), String.valueOf(r.encoding()), r.entriesExpected(),
                r.entriesDecoded(), r.entriesCompared(), r.mismatch() == null ? null : r.mismatch().describe(),
                r.defects(), millis(r.decodeTime().toNanos()), millis(r.compareTime().toNanos()), null);
    }

    private static ReadbackReport failed(String elf, String map, String generation, String why) {
        return new ReadbackReport(elf, map, generation, null, 0, 0, 0, null, List.of(), 0, 0, why);
    }

    private static double millis(long nanos) {
        return Math.round(nanos / 1e5) / 10.0;
    }
}
