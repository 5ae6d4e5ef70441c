package dev.kallsyms.readback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The harness's entry points: the expectation from a pass's map, the options from a pass's command line. */
class ExpectedTableTest {
    @TempDir
    Path dir;

    @Test
    void keepsTextSymbolsInAddressOrderUnlessAllSymbolsAreAsked() throws Exception {
        Path map = Files.writeString(dir.resolve("map"), String.join("\n",
                "80008000 T _text", "80008100 T _stext", "80008200 t later", "80008180 T earlier",
                "80080000 T _etext", "80100000 D some_data", "80200000 T _sinittext", "80200010 T _einittext",
                "00000010 A an_absolute", "") );
        List<ExpectedSymbol> text = ExpectedTable.fromMap(map, "6.1", List.of("--base-relative", "map"));
        assertEquals(List.of("_stext", "earlier", "later", "_etext", "_sinittext", "_einittext"),
                text.stream().map(ExpectedSymbol::name).toList());
        List<ExpectedSymbol> all = ExpectedTable.fromMap(map, "6.1", List.of("--all-symbols", "map"));
        assertEquals(List.of("_text", "_stext", "earlier", "later", "_etext", "some_data", "_sinittext",
                "_einittext"), all.stream().map(ExpectedSymbol::name).toList());
        assertEquals('D', all.get(5).type());
    }

    @Test
    void undefinedSymbolsOfAnUnfilteredNmAreSkippedAsScriptsKallsymsSkipsThem() throws Exception {
        // seen in 5.10 / clang (LLVM=1): link-vmlinux.sh pipes nm -n unfiltered into scripts/kallsyms
        Path map = Files.writeString(dir.resolve("nm"), String.join("\n",
                "         U vector_fiq", "         w __weak_ref", "80008000 T _text", "80008100 T _stext",
                "80008200 t later", "80080000 T _etext", ""));
        List<ExpectedSymbol> text = ExpectedTable.fromMap(map, "5.10", List.of("--base-relative"));
        assertEquals(List.of("_stext", "later", "_etext"), text.stream().map(ExpectedSymbol::name).toList());
        assertThrows(IllegalArgumentException.class, () -> ExpectedTable.addressedLine("80008000 T"));
    }

    @Test
    void theCommandLineSaysTheEncoding() {
        assertEquals(AddressEncoding.BASE_RELATIVE,
                ReadbackOptions.fromKallsymsArguments("6.1", List.of("--base-relative", "m")).encoding());
        assertEquals(Boolean.FALSE, ReadbackOptions.fromKallsymsArguments("6.1", List.of("m")).ltoClang());
        assertEquals(AddressEncoding.ABSOLUTE_POINTERS,
                ReadbackOptions.fromKallsymsArguments("5.10", List.of()).encoding());
        assertEquals(AddressEncoding.BASE_RELATIVE_ABSOLUTE_PERCPU, ReadbackOptions.fromKallsymsArguments("5.10",
                List.of("--absolute-percpu", "--base-relative")).encoding());
        assertEquals(AddressEncoding.BASE_RELATIVE, ReadbackOptions.fromKallsymsArguments("6.12", List.of("m"))
                .encoding());
        assertEquals(AddressEncoding.PC_RELATIVE,
                ReadbackOptions.fromKallsymsArguments("7.2", List.of("--pc-relative", "m")).encoding());
        assertEquals(AddressEncoding.ABSOLUTE_32, ReadbackOptions.fromKallsymsArguments("7.2", List.of("m"))
                .encoding());
        assertNull(ReadbackOptions.fromKallsymsArguments("7.2", List.of("m")).ltoClang());
        assertThrows(IllegalArgumentException.class, () -> ReadbackOptions.fromKallsymsArguments("4.19", List.of()));
    }
}
