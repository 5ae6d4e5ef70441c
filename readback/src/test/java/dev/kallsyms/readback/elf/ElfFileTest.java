package dev.kallsyms.readback.elf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mapped reader against binutils' readelf and nm on a small ARM ELF32 (see the resources' README). */
class ElfFileTest {
    private static final String DIR = "/dev/kallsyms/readback/elf/";
    private static final Pattern SYMBOL = Pattern.compile(
            "\\s*(\\d+): ([0-9a-f]{8})\\s+(\\d+) (\\w+)\\s+(\\w+)\\s+\\w+\\s+(\\w+) ?(.*)");
    private static final Pattern SECTION = Pattern.compile(
            "\\s*\\[\\s*(\\d+)] (\\S*)\\s+\\S+\\s+([0-9a-f]{8}) ([0-9a-f]{6}) ([0-9a-f]{6}) \\S\\S\\s*(\\S*)\\s+\\d+\\s+\\d+\\s+(\\d+)");

    @TempDir
    static Path dir;
    static Path elf;

    @BeforeAll
    static void copy() throws Exception {
        elf = dir.resolve("tiny.elf");
        try (InputStream in = ElfFileTest.class.getResourceAsStream(DIR + "tiny.elf")) {
            Files.copy(in, elf);
        }
    }

    private static String text(String name) throws Exception {
        try (InputStream in = ElfFileTest.class.getResourceAsStream(DIR + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void everySymbolMatchesReadelf() throws Exception {
        List<String> expected = new ArrayList<>();
        for (String line : text("tiny.elf.readelf-s").lines().toList()) {
            Matcher m = SYMBOL.matcher(line);
            if (m.matches() && !m.group(1).equals("0")) {
                expected.add(Long.parseLong(m.group(2), 16) + " " + m.group(3) + " " + m.group(4) + " " + m.group(5)
                        + " " + m.group(6) + " " + m.group(7).strip());
            }
        }
        try (ElfFile file = ElfFile.open(elf)) {
            assertFalse(file.is64Bit());
            assertEquals(40, file.machine(), "EM_ARM");
            List<String> actual = file.symbols().stream().map(s -> s.value() + " " + s.size() + " " + type(s.type())
                    + " " + bind(s.binding()) + " " + (s.sectionIndex() == ElfSymbol.SHN_ABS ? "ABS" : s.sectionIndex())
                    // readelf prints a section symbol (which has no name) with its section's name
                    + " " + (s.type() == ElfSymbol.STT_SECTION ? file.sectionName(s) : s.name())).toList();
            assertEquals(25, expected.size());
            assertEquals(expected, actual);
        }
    }

    @Test
    void sectionHeadersMatchReadelfIncludingAlignmentAndFlags() throws Exception {
        List<String> expected = new ArrayList<>();
        for (String line : text("tiny.elf.sections").lines().toList()) {
            Matcher m = SECTION.matcher(line);
            if (m.find()) {
                expected.add(m.group(1) + " " + m.group(2) + " " + Long.parseLong(m.group(3), 16) + " "
                        + Long.parseLong(m.group(4), 16) + " " + Long.parseLong(m.group(5), 16) + " "
                        + m.group(6).contains("A") + " " + m.group(7));
            }
        }
        try (ElfFile file = ElfFile.open(elf)) {
            List<String> actual = file.sections().stream().map(s -> s.index() + " " + s.name() + " " + s.address()
                    + " " + s.fileOffset() + " " + s.size() + " " + s.allocated() + " " + s.alignment()).toList();
            assertEquals(9, expected.size(), expected.toString());
            assertEquals(expected, actual);
        }
    }

    @Test
    void namedLocationsAreWhatNmLists() throws Exception {
        // nm leaves out section, file and ARM mapping symbols ($a, $d): so must isNamedLocation
        List<String> nm = text("tiny.elf.nm").lines().map(l -> l.substring(11)).sorted().toList();
        try (ElfFile file = ElfFile.open(elf)) {
            List<String> ours = file.symbols().stream().filter(ElfSymbol::isNamedLocation).map(ElfSymbol::name)
                    .sorted().toList();
            assertEquals(nm, ours);
        }
    }

    @Test
    void definedSymbolsPicksOnlyTheWantedNames() throws Exception {
        try (ElfFile file = ElfFile.open(elf)) {
            var found = file.definedSymbols(Set.of("kallsyms_names", "counter", "no_such_symbol"));
            assertEquals(Set.of("kallsyms_names", "counter"), found.keySet());
            assertEquals(0x80009054L, found.get("counter").value());
            assertEquals(".data", file.sectionName(found.get("counter")));
        }
    }

    @Test
    void rejectsWhatIsNotElf() throws Exception {
        Path notElf = Files.writeString(dir.resolve("x"), "#!/bin/sh\n".repeat(10));
        assertThrows(ElfFormatException.class, () -> ElfFile.open(notElf));
    }

    @Test
    void sectionNamesOfSpecialIndexes() throws Exception {
        try (ElfFile file = ElfFile.open(elf)) {
            assertEquals("ABS", file.sectionName(new ElfSymbol("x", 0, 0, 0, 0, ElfSymbol.SHN_ABS)));
            assertEquals("UND", file.sectionName(new ElfSymbol("x", 0, 0, 0, 0, ElfSymbol.SHN_UNDEF)));
            assertTrue(file.sections().get(0).name().isEmpty());
        }
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
