package dev.kallsyms.readback;

import static dev.kallsyms.readback.support.BuiltTables.MapVariant.LONG_NAMES;
import static dev.kallsyms.readback.support.BuiltTables.MapVariant.VEXPRESS;
import static dev.kallsyms.readback.support.CrossToolchain.Target.ARM32_LE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kallsyms.readback.support.BuiltTables;
import dev.kallsyms.readback.support.BuiltTables.Case;
import dev.kallsyms.readback.decode.Table;
import dev.kallsyms.readback.decode.TableFormat;
import dev.kallsyms.readback.support.TablePatcher;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real tables with one thing broken at a time: a token, a token terminator, a token index entry, a marker, a
 * length byte, a name code, an address, the relative base, a name-order entry, the entry count. Each must make
 * the readback fail, whether the address encoding is inferred or given.
 */
class ReadbackCorruptionTest {
    private static final String NAMES = "kallsyms_names";
    private static final String SEQS = "kallsyms_seqs_of_names";
    private static final Map<Case, BuiltTables> BUILT = new ConcurrentHashMap<>();

    @TempDir
    static Path work;

    /** One corruption: a name, and how to apply it (false: the layout lacks the table it needs). */
    interface Patch {
        boolean apply(TablePatcher tables) throws Exception;
    }

    /**
     * {@code firstBadEntry}: where the comparison must first disagree (null: any or none);
     * {@code defectAbout}: a table a defect must name (null: no defect required);
     * {@code needs}: a table only some layouts have (null: every layout has what the patch touches).
     */
    record Corruption(String name, Integer firstBadEntry, String defectAbout, Table needs, Patch patch) {
        Corruption(String name, Integer firstBadEntry, String defectAbout, Patch patch) {
            this(name, firstBadEntry, defectAbout, null, patch);
        }

        /** Whether the base's layout has what this corruption breaks: only such pairs become tests. */
        boolean appliesTo(Case base) {
            return needs == null
                    || TableFormat.forGeneration(base.generation()).layout(base.encoding()).contains(needs);
        }
    }

    static List<Case> bases() {
        return List.of(
                new Case("5.10", List.of("--base-relative"), VEXPRESS, ARM32_LE, AddressEncoding.BASE_RELATIVE),
                new Case("6.1", List.of(), VEXPRESS, ARM32_LE, AddressEncoding.ABSOLUTE_POINTERS),
                new Case("6.1", List.of("--all-symbols", "--base-relative"), LONG_NAMES, ARM32_LE,
                        AddressEncoding.BASE_RELATIVE),
                new Case("6.12", List.of(), VEXPRESS, ARM32_LE, AddressEncoding.BASE_RELATIVE),
                new Case("7.2", List.of("--pc-relative"), VEXPRESS, ARM32_LE, AddressEncoding.PC_RELATIVE));
    }

    static List<Corruption> corruptions() {
        return List.of(
                new Corruption("token character", null, null, t -> {
                    long at = t.u16("kallsyms_token_index", 2 * 0xff) + 1;
                    t.putU8("kallsyms_token_table", at, t.u8("kallsyms_token_table", at) ^ 0x01);
                    return true;
                }),
                new Corruption("token terminator", null, "kallsyms_token_index", t -> {
                    t.putU8("kallsyms_token_table", t.tokenEnd(0xfe), 'x');
                    return true;
                }),
                new Corruption("token index entry", null, "kallsyms_token_index", t -> {
                    t.putU16("kallsyms_token_index", 2 * 0xfd, t.u16("kallsyms_token_index", 2 * 0xfd) + 1);
                    return true;
                }),
                new Corruption("marker", null, "kallsyms_markers", t -> {
                    t.putU32("kallsyms_markers", 4, t.u32("kallsyms_markers", 4) + 1);
                    return true;
                }),
                new Corruption("length byte of entry 0", 0, "kallsyms_names", t -> {
                    t.putU8(NAMES, 0, t.u8(NAMES, 0) + 1);
                    return true;
                }),
                new Corruption("length byte of entry 1000", 1000, "kallsyms_names", t -> {
                    long at = t.nameEntry(1000);
                    t.putU8(NAMES, at, t.u8(NAMES, at) - 1);
                    return true;
                }),
                new Corruption("name code of entry 1", 1, null, t -> {
                    long at = t.nameEntry(1) + 2;
                    int code = t.u8(NAMES, at);
                    t.putU8(NAMES, at, code == 0xff ? 0xfe : 0xff);
                    return true;
                }),
                new Corruption("address of entry 5", 5, null, t -> {
                    if (t.has("kallsyms_addresses")) {
                        t.putWord("kallsyms_addresses", 5L * t.pointerSize(),
                                t.word("kallsyms_addresses", 5L * t.pointerSize()) + 4);
                    } else {
                        t.putU32("kallsyms_offsets", 20, t.u32("kallsyms_offsets", 20) + 4);
                    }
                    return true;
                }),
                new Corruption("relative base", 0, null, Table.RELATIVE_BASE, t -> {
                    if (!t.has("kallsyms_relative_base")) {
                        return false;
                    }
                    t.putWord("kallsyms_relative_base", 0, t.word("kallsyms_relative_base", 0) + 4);
                    return true;
                }),
                new Corruption("two seqs_of_names entries swapped", null, "kallsyms_seqs_of_names",
                        Table.SEQS_OF_NAMES, t -> {
                    if (!t.has(SEQS)) {
                        return false;
                    }
                    for (int i = 0; i < 3; i++) {
                        int a = t.u8(SEQS, 300 + i);
                        t.putU8(SEQS, 300 + i, t.u8(SEQS, 303 + i));
                        t.putU8(SEQS, 303 + i, a);
                    }
                    return true;
                }),
                new Corruption("seqs_of_names entry out of range", null, "kallsyms_seqs_of_names",
                        Table.SEQS_OF_NAMES, t -> {
                    if (!t.has(SEQS)) {
                        return false;
                    }
                    t.putU8(SEQS, 3 * 7, 0x7f);
                    return true;
                }),
                new Corruption("num_syms one more", null, "kallsyms_names", t -> {
                    t.putU32("kallsyms_num_syms", 0, t.u32("kallsyms_num_syms", 0) + 1);
                    return true;
                }),
                new Corruption("num_syms one less", null, "kallsyms_names", t -> {
                    t.putU32("kallsyms_num_syms", 0, t.u32("kallsyms_num_syms", 0) - 1);
                    return true;
                }));
    }

    @TestFactory
    Stream<DynamicTest> everyCorruptionIsCaught() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Case base : bases()) {
            for (Corruption corruption : corruptions()) {
                if (!corruption.appliesTo(base)) {
                    continue;
                }
                tests.add(DynamicTest.dynamicTest(base + ": " + corruption.name(), () -> caught(base, corruption)));
            }
        }
        return tests.stream();
    }

    private static void caught(Case base, Corruption corruption) throws Exception {
        BuiltTables built = built(base);
        ReadbackResult clean = Readback.check(built.elf(), base.generation(), built.expected());
        assertTrue(clean.ok(), "before corruption: " + clean.summary());
        Path copy = work.resolve(Integer.toHexString((base + corruption.name()).hashCode()) + ".elf");
        try (TablePatcher patcher = TablePatcher.copyOf(built.elf(), copy)) {
            assertTrue(corruption.patch().apply(patcher), "the layout lacks " + corruption.needs());
        }
        ReadbackResult inferred = Readback.check(copy, base.generation(), built.expected());
        ReadbackResult told = Readback.check(copy,
                ReadbackOptions.inferred(base.generation()).withEncoding(base.encoding()), built.expected());
        System.out.println("caught [" + base + "] " + corruption.name() + ": " + inferred.summary());
        assertFalse(inferred.ok(), "corruption not caught (encoding inferred)");
        assertFalse(told.ok(), "corruption not caught (encoding given)");
        if (corruption.firstBadEntry() != null) {
            assertNotNull(inferred.mismatch(), "a mismatching entry");
            assertEquals(corruption.firstBadEntry(), inferred.mismatch().index(), inferred.summary());
        }
        if (corruption.defectAbout() != null) {
            assertTrue(inferred.defects().stream().anyMatch(d -> d.contains(corruption.defectAbout())),
                    "a defect about " + corruption.defectAbout() + ": " + inferred.defects());
        }
    }

    private static BuiltTables built(Case base) {
        return BUILT.computeIfAbsent(base, c -> {
            try {
                return BuiltTables.build(c, work.resolve("base-" + Integer.toHexString(c.toString().hashCode())));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
