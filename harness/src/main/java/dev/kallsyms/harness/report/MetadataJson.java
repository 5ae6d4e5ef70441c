package dev.kallsyms.harness.report;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.kallsyms.harness.CellResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

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

    public static void write(CellResult result, Path cellDir) {
        try {
            Files.writeString(cellDir.resolve(FILE), toJson(result) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static CellResult read(Path cellDir) {
        try {
            return fromJson(Files.readString(cellDir.resolve(FILE)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
