package dev.kallsyms.boot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kallsyms.boot.BootTable;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * bin/boot-check refuses bad input before any image, tree or container work: exit status 2 (the README's table)
 * and one line on standard error naming the known values or where it looked.
 */
class BootMainInputsTest {
    private static final int USAGE = 2;

    @TempDir
    Path dir;

    @BeforeEach
    void builtTree() throws IOException {
        Files.writeString(dir.resolve(".config"), "CONFIG_KALLSYMS=y\n");
        Files.writeString(dir.resolve("System.map"), "80008000 T stext\n");
    }

    private record Outcome(int status, List<String> lines) {
    }

    private static Outcome bootCheck(String... args) {
        StringWriter err = new StringWriter();
        CommandLine line = BootMain.commandLine();
        line.setErr(new PrintWriter(err, true));
        return new Outcome(line.execute(args), err.toString().lines().toList());
    }

    private String[] args(String kernel, String toolchain, String defconfig, String... more) {
        List<String> args = new ArrayList<>(List.of(dir.toString(), "--kernel", kernel, "--toolchain", toolchain,
                "--defconfig", defconfig));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    @Test
    void unknownKernelToolchainAndDefconfigNameTheKnownValues() {
        assertEquals(new Outcome(USAGE, List.of("boot-check: unknown --kernel 4.4 (known: 5.10, 6.1, 6.12, 7.2)")),
                bootCheck(args("4.4", "gcc-12", "vexpress_defconfig")));
        assertEquals(new Outcome(USAGE, List.of("boot-check: unknown --toolchain gcc-99 (known: gcc-10, gcc-12, "
                + "gcc-14, gcc-sid, clang, clang-15, clang-16, clang-19, clang-sid)")), bootCheck(args("6.1", "gcc-99", "vexpress_defconfig")));
        assertEquals(new Outcome(USAGE, List.of("boot-check: unknown --defconfig tinyconfig (known: "
                + String.join(", ", BootTable.standard().defconfigs()) + ")")),
                bootCheck(args("6.1", "gcc-12", "tinyconfig")));
    }

    @Test
    void missingTreeTableAndBadNumbersAreRefused() throws IOException {
        Path missing = dir.resolve("none");
        assertEquals(new Outcome(USAGE, List.of("boot-check: TREE " + missing + ": no such directory (looked for "
                + missing + ")")), bootCheck(missing.toString(), "--kernel", "6.1", "--toolchain", "gcc-12",
                "--defconfig", "vexpress_defconfig"));
        Path unbuilt = Files.createDirectory(dir.resolve("unbuilt"));
        assertEquals(new Outcome(USAGE, List.of("boot-check: TREE " + unbuilt + " has no .config (not a built "
                + "kernel's O= tree)")), bootCheck(unbuilt.toString(), "--kernel", "6.1", "--toolchain", "gcc-12",
                "--defconfig", "vexpress_defconfig"));
        assertEquals(new Outcome(USAGE, List.of("boot-check: --table " + missing + ": no such file (looked for "
                + missing + ")")), bootCheck(args("6.1", "gcc-12", "vexpress_defconfig", "--table", missing.toString())));
        Path garbage = Files.writeString(dir.resolve("table.tsv"), "not a table\n");
        assertEquals(new Outcome(USAGE, List.of("boot-check: --table " + garbage + ": line 1: expected 8 columns, "
                + "found 3: not a table")), bootCheck(args("6.1", "gcc-12", "vexpress_defconfig", "--table",
                garbage.toString())));
        assertEquals(new Outcome(USAGE, List.of("boot-check: --jobs must be at least 1, not 0")),
                bootCheck(args("6.1", "gcc-12", "vexpress_defconfig", "--jobs", "0")));
        Path file = Files.writeString(dir.resolve("a-file"), "");
        assertEquals(new Outcome(USAGE, List.of("boot-check: --output " + file + " is a file, not a directory")),
                bootCheck(args("6.1", "gcc-12", "vexpress_defconfig", "--output", file.toString())));
    }

    @Test
    void aTypoIsAUsageErrorInOneLine() {
        assertEquals(new Outcome(USAGE, List.of("boot-check: Unknown option: '--verbse' (did you mean --verbose or --version? see boot-check --help)")),
                bootCheck(args("6.1", "gcc-12", "vexpress_defconfig", "--verbse")));
        assertEquals(new Outcome(USAGE, List.of("boot-check: Missing required option: '--kernel=GEN' (see "
                + "boot-check --help)")), bootCheck(dir.toString(), "--kernal", "6.1", "--toolchain", "gcc-12",
                "--defconfig", "vexpress_defconfig"));
    }
}
