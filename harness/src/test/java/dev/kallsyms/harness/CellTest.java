package dev.kallsyms.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CellTest {
    @Test
    void aShippedFragmentShowsByItsFileNameAFileByItsPath() {
        Cell cell = new Cell("6.1", "gcc-12", "tinyconfig",
                List.of("classpath:/dev/kallsyms/fixtures/matrix/fragments/kallsyms-tiny.config", "/tmp/my.config",
                        "CONFIG_KALLSYMS_ALL=y"), List.of("KALLSYMS_EXTRA_PASS=1"), List.of("/tmp/fix.patch"));
        assertEquals("6.1 gcc-12 tinyconfig +kallsyms-tiny.config +/tmp/my.config +CONFIG_KALLSYMS_ALL=y"
                + " KALLSYMS_EXTRA_PASS=1 patch:fix.patch", cell.describe());
    }
}
