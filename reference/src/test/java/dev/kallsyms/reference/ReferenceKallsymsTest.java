package dev.kallsyms.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The oracle is built from Debian's sources and behaves like a kallsyms program. */
class ReferenceKallsymsTest {
    @Test
    void buildsTheSixOneReferenceAndRecordsItsPackage(@TempDir Path dir) throws Exception {
        ReferenceKallsyms ref = ReferenceKallsyms.forGeneration("6.1");
        assertTrue(ref.packageVersion().startsWith("6.1."), ref.packageVersion());
        assertTrue(Files.isExecutable(ref.binary()));
        assertEquals(64, ref.provenance().sha256().length());

        Path map = Files.writeString(dir.resolve("in.map"), "c0008000 T _stext\nc0008010 T start_kernel\nc0100000 T _etext\n");
        ReferenceKallsyms.Result ok = ref.run(List.of(map.toString()), null);
        assertEquals(0, ok.exitCode(), new String(ok.stderr(), StandardCharsets.UTF_8));
        assertTrue(new String(ok.stdout(), StandardCharsets.US_ASCII).contains("kallsyms_token_table"));

        ReferenceKallsyms.Result missing = ref.run(List.of(dir.resolve("absent.map").toString()), null);
        assertFalse(missing.exitCode() == 0);
    }
}
