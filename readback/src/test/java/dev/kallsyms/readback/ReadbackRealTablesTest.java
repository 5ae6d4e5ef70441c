package dev.kallsyms.readback;

import static dev.kallsyms.readback.AddressEncoding.ABSOLUTE_32;
import static dev.kallsyms.readback.AddressEncoding.ABSOLUTE_POINTERS;
import static dev.kallsyms.readback.AddressEncoding.BASE_RELATIVE;
import static dev.kallsyms.readback.AddressEncoding.BASE_RELATIVE_ABSOLUTE_PERCPU;
import static dev.kallsyms.readback.AddressEncoding.PC_RELATIVE;
import static dev.kallsyms.readback.support.BuiltTables.MapVariant.LLVM_TWINS;
import static dev.kallsyms.readback.support.BuiltTables.MapVariant.LONG_NAMES;
import static dev.kallsyms.readback.support.BuiltTables.MapVariant.VEXPRESS;
import static dev.kallsyms.readback.support.BuiltTables.MapVariant.ZERO_BASED_PERCPU;
import static dev.kallsyms.readback.support.CrossToolchain.Target.AARCH64;
import static dev.kallsyms.readback.support.CrossToolchain.Target.ARM32_BE;
import static dev.kallsyms.readback.support.CrossToolchain.Target.ARM32_LE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kallsyms.readback.support.AddressLiteral;
import dev.kallsyms.readback.support.BuiltTables;
import dev.kallsyms.readback.support.BuiltTables.Case;
import dev.kallsyms.readback.support.CrossToolchain;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The real map of an ARM vexpress build, run through the C kallsyms of every generation with several option
 * sets, assembled and linked with the cross toolchain: the decoder must read back exactly the entries the map
 * called for.
 */
class ReadbackRealTablesTest {
    private static final Pattern TWO_BYTE_LENGTH = Pattern.compile("(?m)^\\t\\.byte 0x[89a-f][0-9a-f], 0x0");

    @TempDir
    static Path work;

    static Stream<Case> cases() {
        return Stream.of(
                new Case("5.10", List.of(), VEXPRESS, ARM32_LE, ABSOLUTE_POINTERS),
                new Case("5.10", List.of("--base-relative"), VEXPRESS, ARM32_LE, BASE_RELATIVE),
                new Case("5.10", List.of("--all-symbols", "--base-relative"), VEXPRESS, ARM32_LE, BASE_RELATIVE),
                new Case("5.10", List.of("--all-symbols", "--absolute-percpu", "--base-relative"), ZERO_BASED_PERCPU,
                        ARM32_LE, BASE_RELATIVE_ABSOLUTE_PERCPU),
                new Case("5.10", List.of("--all-symbols", "--absolute-percpu"), ZERO_BASED_PERCPU, ARM32_LE,
                        ABSOLUTE_POINTERS),
                new Case("6.1", List.of(), VEXPRESS, ARM32_LE, ABSOLUTE_POINTERS),
                new Case("6.1", List.of("--base-relative"), VEXPRESS, ARM32_LE, BASE_RELATIVE),
                new Case("6.1", List.of("--all-symbols", "--base-relative"), LONG_NAMES, ARM32_LE, BASE_RELATIVE),
                new Case("6.1", List.of("--all-symbols", "--absolute-percpu", "--base-relative"), ZERO_BASED_PERCPU,
                        ARM32_LE, BASE_RELATIVE_ABSOLUTE_PERCPU),
                new Case("6.1", List.of("--all-symbols"), VEXPRESS, AARCH64, ABSOLUTE_POINTERS),
                new Case("6.1", List.of("--base-relative"), VEXPRESS, ARM32_BE, BASE_RELATIVE),
                new Case("6.1", List.of("--lto-clang", "--base-relative"), LLVM_TWINS, ARM32_LE, BASE_RELATIVE),
                new Case("6.12", List.of(), LLVM_TWINS, ARM32_LE, BASE_RELATIVE),
                new Case("6.12", List.of(), VEXPRESS, ARM32_LE, BASE_RELATIVE),
                new Case("6.12", List.of("--all-symbols"), LONG_NAMES, ARM32_LE, BASE_RELATIVE),
                new Case("6.12", List.of("--all-symbols", "--absolute-percpu"), ZERO_BASED_PERCPU, ARM32_LE,
                        BASE_RELATIVE_ABSOLUTE_PERCPU),
                new Case("6.12", List.of(), VEXPRESS, AARCH64, BASE_RELATIVE),
                new Case("6.12", List.of(), VEXPRESS, ARM32_BE, BASE_RELATIVE),
                new Case("7.2", List.of(), VEXPRESS, ARM32_LE, ABSOLUTE_32),
                new Case("7.2", List.of("--pc-relative"), VEXPRESS, ARM32_LE, PC_RELATIVE),
                new Case("7.2", List.of("--all-symbols", "--pc-relative"), LONG_NAMES, ARM32_LE, PC_RELATIVE),
                new Case("7.2", List.of("--all-symbols"), VEXPRESS, ARM32_LE, ABSOLUTE_32),
                new Case("7.2", List.of("--pc-relative"), VEXPRESS, AARCH64, PC_RELATIVE),
                new Case("7.2", List.of("--pc-relative"), VEXPRESS, ARM32_BE, PC_RELATIVE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void readsBackWhatTheMapCalledFor(Case spec) throws Exception {
        BuiltTables built = BuiltTables.build(spec, work.resolve(Integer.toHexString(spec.toString().hashCode())));
        expectationsAgreeWithTheCProgram(built);

        ReadbackResult inferred = Readback.check(built.elf(), spec.generation(), built.expected());
        System.out.println(inferred.summary() + " <- " + spec);
        assertTrue(inferred.ok(), inferred.summary() + "\n" + String.join("\n", inferred.defects()));
        assertEquals(spec.encoding(), inferred.encoding(), "inferred address encoding");
        assertEquals(built.reference().numSyms(), inferred.entriesCompared());

        boolean lto = spec.args().contains("--lto-clang");
        ReadbackResult told = Readback.check(built.elf(), ReadbackOptions.inferred(spec.generation())
                .withEncoding(spec.encoding()).withLtoClang(lto), built.expected());
        assertTrue(told.ok(), told.summary());
        if (spec.map() == LLVM_TWINS && spec.generation().equals("6.1")) {
            ReadbackResult plain = Readback.check(built.elf(), ReadbackOptions.inferred(spec.generation())
                    .withEncoding(spec.encoding()).withLtoClang(!lto), built.expected());
            assertTrue(plain.defects().stream().anyMatch(d -> d.contains("kallsyms_seqs_of_names")),
                    "the other name order must be told apart: " + plain.summary());
        }
        if (spec.map() == LONG_NAMES && !spec.generation().equals("5.10")) {
            String assembly = new String(built.reference().assembly(), StandardCharsets.ISO_8859_1);
            assertTrue(TWO_BYTE_LENGTH.matcher(assembly).find(), "the map exercised two-byte name lengths");
        }
    }

    /** The expected list comes from the test's model of the C program; the C program's own output must agree. */
    private static void expectationsAgreeWithTheCProgram(BuiltTables built) {
        List<ExpectedSymbol> expected = built.expected();
        assertEquals(built.reference().numSyms(), expected.size(), "entry count of the model vs the C program");
        List<String> literals = built.reference().addressLiterals();
        assertEquals(expected.size(), literals.size(), "address literals in the C output");
        long mask = built.spec().target() == AARCH64 ? -1L : 0xffffffffL;
        Long base = built.reference().relativeBaseLiteral() == null ? null
                : AddressLiteral.evaluate(built.reference().relativeBaseLiteral(), ABSOLUTE_POINTERS, built.text(),
                        null, mask);
        for (int i = 0; i < expected.size(); i++) {
            long cAddress = AddressLiteral.evaluate(literals.get(i), built.spec().encoding(), built.text(), base, mask);
            assertEquals(expected.get(i).address(), cAddress, "address of entry " + i + " " + expected.get(i));
        }
        List<String> names = built.reference().commentNames();
        if (!names.isEmpty()) {
            for (int i = 0; i < expected.size(); i++) {
                ExpectedSymbol e = expected.get(i);
                assertEquals(e.type() + e.name(), names.get(i), "name comment of entry " + i);
            }
        }
    }
}
