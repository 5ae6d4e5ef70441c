package dev.kallsyms.harness.elf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kallsyms.harness.stage.KallsymsObjects;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fornwall.jelf.ElfFile;
import net.fornwall.jelf.ElfSymbolTableSection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Our mapped-buffer reader against binutils' readelf on a small ARM ELF32, and against jelf. */
class ElfSymbolTableTest {
    private static final String DIR = "/dev/kallsyms/harness/elf/";
    private static final Pattern SYMBOL = Pattern.compile(
            "\\s*(\\d+): ([0-9a-f]{8})\\s+(\\d+) (\\w+)\\s+(\\w+)\\s+\\w+\\s+(\\w+) ?(.*)");
    private static final Pattern SECTION = Pattern.compile(
            "\\s*\\[\\s*(\\d+)] (\\S*)\\s+\\S+\\s+([0-9a-f]{8}) [0-9a-f]{6} ([0-9a-f]{6}) \\S\\S\\s*\\S*\\s+\\d+\\s+\\d+\\s+(\\d+)");

    @TempDir
    static Path dir;
    static Path elf;

    @BeforeAll
    static void copy() throws Exception {
        elf = dir.resolve("tiny.elf");
        try (InputStream in = ElfSymbolTableTest.class.getResourceAsStream(DIR + "tiny.elf")) {
            Files.copy(in, elf);
        }
    }

    private static String text(String name) throws Exception {
        try (InputStream in = ElfSymbolTableTest.class.getResourceAsStream(DIR + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void symbolsMatchReadelf() throws Exception {
        ElfSymbolTable table = ElfSymbolTable.read(elf);
        assertEquals(1, table.elfClass());
        assertEquals(40, table.machine(), "EM_ARM");
        List<String> expected = new ArrayList<>();
        for (String line : text("tiny.elf.readelf-s").lines().toList()) {
            Matcher m = SYMBOL.matcher(line);
            if (m.matches() && !m.group(1).equals("0")) {
                expected.add(Long.parseLong(m.group(2), 16) + " " + m.group(3) + " " + m.group(4) + " " + m.group(5)
                        + " " + m.group(6) + " " + m.group(7).strip());
            }
        }
        List<String> actual = table.symbols().stream().map(s -> s.value() + " " + s.size() + " " + type(s.type())
                + " " + bind(s.binding()) + " " + (s.sectionIndex() == 0xfff1 ? "ABS" : s.sectionIndex())
                // readelf prints a section symbol (which has no name) with its section's name
                + " " + (s.type() == ElfSymbol.STT_SECTION ? s.section() : s.name())).toList();
        assertEquals(25, expected.size());
        assertEquals(expected, actual);
    }

    @Test
    void sectionsMatchReadelf() throws Exception {
        ElfSymbolTable table = ElfSymbolTable.read(elf);
        List<String> expected = new ArrayList<>();
        for (String line : text("tiny.elf.sections").lines().toList()) {
            Matcher m = SECTION.matcher(line);
            if (m.find()) {
                expected.add(m.group(1) + " " + m.group(2) + " " + Long.parseLong(m.group(3), 16) + " "
                        + Long.parseLong(m.group(4), 16) + " " + m.group(5));
            }
        }
        List<String> actual = table.sections().stream()
                .map(s -> s.index() + " " + s.name() + " " + s.address() + " " + s.size() + " " + s.alignment())
                .toList();
        assertEquals(9, expected.size(), expected.toString());
        assertEquals(expected, actual);
    }

    @Test
    void kallsymsTableSizesRunToTheNextSymbolOrSectionEnd() throws Exception {
        // from readelf: names is an OBJECT of size 4; markers is a label 0x80008044 followed by the token
        // table at 0x80008050; the token table ends with .rodata at 0x80008030 + 0x24
        assertEquals(Map.of("kallsyms_names", 4L, "kallsyms_markers", 12L, "kallsyms_token_table", 4L),
                KallsymsObjects.sizes(ElfSymbolTable.read(elf)));
    }

    @Test
    void agreesWithJelfOnceItsSignExtensionIsMasked() throws Exception {
        ElfSymbolTable ours = ElfSymbolTable.read(elf);
        ElfFile jelf = ElfFile.from(elf.toFile());
        ElfSymbolTableSection symtab = (ElfSymbolTableSection) jelf.firstSectionByName(".symtab");
        List<String> theirs = new ArrayList<>();
        for (int i = 1; i < symtab.symbols.length; i++) {
            theirs.add(java.util.Objects.toString(symtab.symbols[i].getName(), "") + "@" + (symtab.symbols[i].st_value & 0xffffffffL));
        }
        assertEquals(theirs, ours.symbols().stream().map(s -> s.name() + "@" + s.value()).toList());
    }

    @Test
    void rejectsWhatIsNotElf() throws Exception {
        Path notElf = Files.writeString(dir.resolve("x"), "#!/bin/sh\n".repeat(10));
        assertThrows(ElfFormatException.class, () -> ElfSymbolTable.read(notElf));
    }

    private static String type(int t) {
        return switch (t) {
            case 0 -> "NOTYPE";
            case 1 -> "OBJECT";
            case 2 -> "FUNC";
            case 3 -> "SECTION";
            case 4 -> "FILE";
            default -> Integer.toString(t);
        };
    }

    private static String bind(int b) {
        return switch (b) {
            case 0 -> "LOCAL";
            case 1 -> "GLOBAL";
            case 2 -> "WEAK";
            default -> Integer.toString(b);
        };
    }
}
