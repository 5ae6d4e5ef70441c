package dev.kallsyms.readback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kallsyms.readback.decode.Table;
import dev.kallsyms.readback.decode.TableFormat;
import dev.kallsyms.readback.elf.ElfFormatException;
import dev.kallsyms.readback.support.BuiltTables;
import dev.kallsyms.readback.support.CrossToolchain;
import dev.kallsyms.readback.support.ReferenceOutput;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs that are not a linked file with good tables, and the small parsing helpers. */
class ReadbackInputsTest {
    @TempDir
    static Path work;
    private static BuiltTables built;

    /** Built on first use, so that the tests that need no cross tools run whatever happens to them. */
    private static synchronized BuiltTables built() throws Exception {
        if (built == null) {
            built = BuiltTables.build(new BuiltTables.Case("6.12", List.of(), BuiltTables.MapVariant.VEXPRESS,
                    CrossToolchain.Target.ARM32_LE, AddressEncoding.BASE_RELATIVE), work.resolve("base"));
        }
        return built;
    }

    @Test
    void aFileThatIsNotElfIsRefused() throws Exception {
        Path text = Files.writeString(work.resolve("not.elf"), "just some text, long enough to hold a header......");
        assertThrows(ElfFormatException.class, () -> Readback.check(text, "6.1", List.of()));
    }

    @Test
    void aStrippedFileIsRefused() throws Exception {
        Path stripped = work.resolve("stripped.elf");
        run("arm-linux-gnueabihf-objcopy", "--strip-all", built().elf().toString(), stripped.toString());
        ElfFormatException e = assertThrows(ElfFormatException.class,
                () -> Readback.check(stripped, "6.12", built().expected()));
        assertTrue(e.getMessage().contains("no symbol table"), e.getMessage());
    }

    @Test
    void aFileWithoutTablesFailsWithADefect() throws Exception {
        Path elf = CrossToolchain.link("\t.section .rodata, \"a\"\nnothing:\n\t.long 0\n".getBytes(),
                CrossToolchain.Target.ARM32_LE, 0x80008000L, 0x80900000L, work.resolve("empty"));
        ReadbackResult result = Readback.check(elf, "6.12", built().expected());
        assertFalse(result.ok());
        assertTrue(result.defects().get(0).contains("kallsyms_num_syms is not defined"), result.summary());
    }

    /** 6.12 and 7.2 link a first pass with empty tables; they must read back as zero entries. */
    @Test
    void emptyTablesReadBackAsNoEntries() throws Exception {
        Path map = Files.writeString(work.resolve("empty.map"), "");
        for (String generation : List.of("6.12", "7.2")) {
            ReferenceOutput c = ReferenceOutput.run(generation, List.of(), map);
            Path elf = CrossToolchain.link(c.assembly(), CrossToolchain.Target.ARM32_LE, 0x80008000L, 0x80900000L,
                    work.resolve("empty-" + generation));
            ReadbackResult result = Readback.check(elf, generation, List.of());
            assertTrue(result.ok(), result.summary() + " " + result.defects());
            assertEquals(0, result.entriesDecoded());
        }
    }

    @Test
    void theWrongGenerationDoesNotReadBack() throws Exception {
        ReadbackResult asSixOne = Readback.check(built().elf(), "6.1", built().expected());
        assertFalse(asSixOne.ok(), asSixOne.summary());
    }

    @Test
    void anUnlinkedObjectIsReportedAsSuch() throws Exception {
        Path object = built().elf().resolveSibling("kallsyms.o");
        DecodedKallsyms decoded = Readback.decode(object, "6.12");
        assertTrue(decoded.defects().stream().anyMatch(d -> d.contains("relocatable object")), decoded.defects()
                .toString());
        assertEquals(built().expected().size(), decoded.symbols().size(), "names still decode");
        assertEquals(built().expected().get(100).name(), decoded.symbols().get(100).name());
    }

    @Test
    void generationsAreMatchedByMajorAndMinor() {
        assertEquals(TableFormat.V6_1, TableFormat.forGeneration("6.1"));
        assertEquals(TableFormat.V6_1, TableFormat.forGeneration("6.1.192"));
        assertEquals(TableFormat.V6_12, TableFormat.forGeneration("6.12.113-1"));
        assertEquals(TableFormat.V7_2, TableFormat.forGeneration("7.2"));
        assertThrows(IllegalArgumentException.class, () -> TableFormat.forGeneration("6.6"));
        assertThrows(IllegalArgumentException.class,
                () -> Readback.decode(Path.of("x"), ReadbackOptions.inferred("6.12").withEncoding(AddressEncoding.ABSOLUTE_32)));
    }

    @Test
    void layoutsFollowTheWritersOrder() {
        assertEquals(List.of(Table.NUM_SYMS, Table.NAMES, Table.MARKERS, Table.TOKEN_TABLE, Table.TOKEN_INDEX,
                Table.OFFSETS, Table.RELATIVE_BASE, Table.SEQS_OF_NAMES),
                TableFormat.V6_12.layout(AddressEncoding.BASE_RELATIVE));
        assertEquals(List.of(Table.ADDRESSES, Table.NUM_SYMS, Table.NAMES, Table.MARKERS, Table.TOKEN_TABLE,
                Table.TOKEN_INDEX), TableFormat.V5_10.layout(AddressEncoding.ABSOLUTE_POINTERS));
    }

    @Test
    void mapLinesParse() {
        ExpectedSymbol s = ExpectedSymbol.parseMapLine("ffffffc080008000 T _text");
        assertEquals(0xffffffc080008000L, s.address());
        assertEquals('T', s.type());
        assertEquals("_text", s.name());
        assertThrows(IllegalArgumentException.class, () -> ExpectedSymbol.parseMapLine("80008000 _text"));
    }

    private static void run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).inheritIO().start();
        assertEquals(0, p.waitFor());
    }
}
