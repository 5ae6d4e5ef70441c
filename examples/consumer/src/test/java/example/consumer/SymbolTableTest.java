package example.consumer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.kallsyms.fixtures.Corpus;
import dev.kallsyms.fixtures.RecordedOutput;
import dev.kallsyms.generator.Kallsyms;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator from a Maven repository, in-process, on real kernel maps: the output is what the C wrote. */
class SymbolTableTest {

    @Test
    void generateEqualsTheOutputOfTheKernelsCProgram() {
        List<RecordedOutput> recorded = Corpus.recordedOutputs();
        assertFalse(recorded.isEmpty(), "the fixtures jar lists no recorded C outputs");
        for (RecordedOutput c : recorded) {
            byte[] map = Corpus.get(c.entry()).bytes();
            List<String> names = c.options().stream().map(o -> o.replaceFirst("^--", "")).toList();
            assertArrayEquals(c.bytes(), SymbolTable.assemble(c.generation(), names, map), c.entry());
        }
    }

    @Test
    void executeTakesTheCommandLineOfTheCProgram(@TempDir Path dir) {
        RecordedOutput c = Corpus.recordedOutputs().get(0);
        Path map = Corpus.get(c.entry()).writeTo(dir);
        List<String> args = new ArrayList<>(List.of("--kernel-version", c.generation()));
        args.addAll(c.options());
        args.add(map.toString());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = Kallsyms.execute(args, Map.of(), dir, InputStream.nullInputStream(), out, err);

        assertEquals(0, status, err.toString());
        assertArrayEquals(c.bytes(), out.toByteArray(), c.entry());
    }
}
