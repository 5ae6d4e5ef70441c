package dev.kallsyms.harness.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.kallsyms.cli.BadInputException;
import dev.kallsyms.harness.CellResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * metadata.json: a {@link CellResult} as JSON (schema in harness/METADATA.md). Its mapper is the harness's one
 * JSON mapper: every JSON file the harness writes or reads goes through {@link #mapper()}.
 */
public final class MetadataJson {
    public static final String FILE = "metadata.json";
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private MetadataJson() {
    }

    /** Indented output; unknown properties are ignored when reading (older readers of newer files). */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static String toJson(CellResult result) {
        try {
            return MAPPER.writeValueAsString(result);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static CellResult fromJson(String json) {
        try {
            return MAPPER.readValue(json, CellResult.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whole or not at all: a full disk must not leave an empty metadata.json that every reader then refuses. */
    public static void write(CellResult result, Path cellDir) {
        Path temporary = cellDir.resolve(FILE + ".tmp");
        try {
            Files.writeString(temporary, toJson(result) + "\n");
            Files.move(temporary, cellDir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // the first failure is the one to report
            }
            throw new UncheckedIOException(e);
        }
    }

    /** @throws BadInputException when the file is missing, not JSON, or not a cell's result */
    public static CellResult read(Path cellDir) {
        Path file = cellDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(cellDir + " has no " + FILE + " (not a cell results directory)");
        }
        String notOne = file + " is not a cell's " + FILE + " (no cell, verdict, reasons or passes in it)";
        CellResult result;
        try {
            result = MAPPER.readValue(Files.readString(file), CellResult.class);
        } catch (ValueInstantiationException e) {
            throw new BadInputException(notOne, e);
        } catch (JsonProcessingException e) {
            throw new BadInputException(file + " is not a cell's " + FILE + " (" + e.getOriginalMessage() + ")", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (result == null || result.cell() == null || result.verdict() == null) {
            throw new BadInputException(notOne);
        }
        return result;
    }
}
