package dev.kallsyms.harness.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kallsyms.harness.Cell;
import dev.kallsyms.harness.build.Fragments;
import dev.kallsyms.harness.cli.HarnessMain;
import dev.kallsyms.harness.cli.MatrixCommand;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class MatrixFileTest {
    @TempDir
    Path dir;

    private static Cell parse(List<String> words) {
        return MatrixCommand.parseLine(words);
    }

    @Test
    void defaultMatrixIsSmallArmOnOneKernelAndToolchainWithKallsyms() {
        List<Cell> cells = MatrixFile.fromResource(MatrixFile.DEFAULT, MatrixFileTest::parse);
        assertTrue(cells.size() >= 2 && cells.size() <= 4, cells.toString());
        assertEquals(1, cells.stream().map(c -> c.kernel() + c.toolchain()).distinct().count());
        for (Cell c : cells) {
            assertTrue(Fragments.settingLines(c.fragments()).contains("CONFIG_KALLSYMS=y"), c.describe());
        }
        assertTrue(cells.stream().anyMatch(c -> c.defconfig().equals("tinyconfig")));
        assertEquals(cells.size(), cells.stream().map(Cell::id).distinct().count(), "ids are unique");
    }

    @Test
    void everyCaseIsAFailingCellThenTheSameCellWithTheFix() throws Exception {
        Path cases = Path.of("../fixtures/src/main/resources/dev/kallsyms/fixtures/matrix/cases");
        List<Path> files;
        try (var list = Files.list(cases)) {
            files = list.filter(f -> f.toString().endsWith(".matrix")).sorted().toList();
        }
        assertTrue(files.size() >= 2, files.toString());
        for (Path file : files) {
            List<Cell> cells = MatrixFile.fromFile(file, MatrixFileTest::parse);
            assertEquals(2, cells.size(), file.toString());
            Cell failing = cells.get(0);
            Cell fixed = cells.get(1);
            assertEquals(failing.fragments(), fixed.fragments(), file.toString());
            assertEquals(failing.patches(), fixed.patches().subList(0, failing.patches().size()), file.toString());
            assertEquals(failing.patches().size() + 1, fixed.patches().size(), "the fix is one more patch: " + file);
        }
    }

    @Test
    void aShippedFragmentInAUsersMatrixFileStaysAClasspathResource() throws Exception {
        String tiny = "classpath:/dev/kallsyms/fixtures/matrix/fragments/kallsyms-tiny.config";
        Files.writeString(dir.resolve("mine.matrix"),
                "--kernel 6.1 --toolchain clang-16 --defconfig tinyconfig --kconfig-add " + tiny + "\n");
        List<Cell> cells = MatrixFile.fromFile(dir.resolve("mine.matrix"), MatrixFileTest::parse);
        assertEquals(List.of(tiny), cells.get(0).fragments());
    }

    @Test
    void patchesAreResolvedBesideTheMatrixAndMustExist() throws Exception {
        Files.createDirectories(dir.resolve("cases"));
        Files.writeString(dir.resolve("cases/revert.patch"), "--- a/x\n+++ b/x\n");
        Files.writeString(dir.resolve("cases/c.matrix"),
                "--kernel 6.1 --toolchain gcc-12 --defconfig tinyconfig --patch revert.patch\n");
        List<Cell> cells = MatrixFile.fromFile(dir.resolve("cases/c.matrix"), MatrixFileTest::parse);
        assertEquals(List.of(dir.resolve("cases/revert.patch").toString()), cells.get(0).patches());
        Files.writeString(dir.resolve("cases/bad.matrix"),
                "--kernel 6.1 --toolchain gcc-12 --defconfig tinyconfig --patch missing.patch\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MatrixFile.fromFile(dir.resolve("cases/bad.matrix"), MatrixFileTest::parse));
        assertTrue(e.getMessage().contains("missing.patch"), e.getMessage());
    }

    @Test
    void fileMatrixResolvesFragmentsBesideItAndExpandsTheDefconfigList() throws Exception {
        Files.writeString(dir.resolve("k.config"), "CONFIG_KALLSYMS=y\n");
        Files.writeString(dir.resolve("m.matrix"), """
                # comment
                --kernel 6.1 --toolchain gcc-12 --defconfig tinyconfig --kconfig-add k.config --make-var 'KALLSYMS_EXTRA_PASS=1'

                --kernel 6.12 --toolchain gcc-14 --defconfig @list --kconfig-add "CONFIG_KALLSYMS=y"
                """);
        List<Cell> cells = MatrixFile.fromFile(dir.resolve("m.matrix"), MatrixFileTest::parse);
        assertEquals(dir.resolve("k.config").toString(), cells.get(0).fragments().get(0));
        assertEquals(List.of("KALLSYMS_EXTRA_PASS=1"), cells.get(0).makeVars());
        assertEquals(1 + DefconfigLists.of("6.12").size(), cells.size());
        assertTrue(DefconfigLists.of("6.12").contains("omap2plus_defconfig"));
    }

    @Test
    void unknownDefconfigIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> DefconfigLists.requireKnown("6.1", "nosuch_defconfig"));
        DefconfigLists.requireKnown("6.1", "vexpress_defconfig");
        DefconfigLists.requireKnown("7.2", "tinyconfig");
    }

    @Test
    void wordsSplitLikeAShell() {
        assertEquals(List.of("--kconfig-add", "# CONFIG_SMP is not set", "a b", "c"),
                Words.split("--kconfig-add '# CONFIG_SMP is not set' \"a b\" c"));
        assertThrows(IllegalArgumentException.class, () -> Words.split("'open"));
    }

    @Test
    void helpListsTheSubcommands() {
        String usage = HarnessMain.commandLine().getUsageMessage(CommandLine.Help.Ansi.OFF);
        for (String sub : List.of("run", "matrix", "capture-fixtures")) {
            assertTrue(usage.contains(sub), usage);
        }
    }
}
