package dev.kallsyms.harness.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kallsyms.containers.KernelTree;
import dev.kallsyms.harness.Cell;
import dev.kallsyms.harness.cli.HarnessMain;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PatchedTreeTest {
    private static final String PATCH = """
            --- a/scripts/kallsyms.c
            +++ b/scripts/kallsyms.c
            @@ -1,3 +1,2 @@
             static const char *ignored[] = {
            -\t"kallsyms_seqs_of_names",
             };
            """;

    @TempDir
    Path dir;

    private KernelTree sharedTree() throws Exception {
        Path root = Files.createDirectories(dir.resolve("trees/linux-source-6.1_6.1.190-1"));
        Files.createDirectories(root.resolve("scripts"));
        Files.writeString(root.resolve("scripts/kallsyms.c"),
                "static const char *ignored[] = {\n\t\"kallsyms_seqs_of_names\",\n};\n");
        Files.writeString(root.resolve("Makefile"), "VERSION = 6\n");
        return new KernelTree(root, "6.1.190-1", "6.1");
    }

    @Test
    void patchesACopyAndLeavesTheSharedTreeAlone() throws Exception {
        KernelTree shared = sharedTree();
        Path patch = Files.writeString(dir.resolve("revert.patch"), PATCH);
        KernelTree patched = PatchedTree.apply(shared, List.of(patch.toString()));
        assertNotEquals(shared.root(), patched.root());
        assertEquals("static const char *ignored[] = {\n};\n",
                Files.readString(patched.root().resolve("scripts/kallsyms.c")));
        assertTrue(Files.readString(shared.root().resolve("scripts/kallsyms.c")).contains("seqs_of_names"));
        assertEquals(2, (int) Files.getAttribute(shared.root().resolve("Makefile"), "unix:nlink"),
                "untouched files are hard links, not copies");
        assertEquals(patched.root(), PatchedTree.apply(shared, List.of(patch.toString())).root(), "made once");
        assertSame(shared, PatchedTree.apply(shared, List.of()));
    }

    @Test
    void aPatchThatDoesNotApplyIsACellFailureWithItsName() throws Exception {
        KernelTree shared = sharedTree();
        Path patch = Files.writeString(dir.resolve("twice.patch"), PATCH);
        PatchedTree.PatchFailed e = assertThrows(PatchedTree.PatchFailed.class,
                () -> PatchedTree.apply(shared, List.of(patch.toString(), patch.toString())));
        assertTrue(e.getMessage().startsWith("patch twice.patch does not apply to linux-source-6.1_6.1.190-1: "),
                e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
        try (var left = Files.list(dir.resolve("trees/patched"))) {
            assertEquals(List.of(), left.toList(), "no half-patched tree is kept");
        }
    }

    @Test
    void theCellIdFollowsThePatchContent() throws Exception {
        Path a = Files.writeString(dir.resolve("a.patch"), PATCH);
        Path b = Files.writeString(dir.resolve("b.patch"), PATCH + "\n");
        Cell plain = Cell.of("6.1", "gcc-12", "tinyconfig");
        Cell withA = new Cell("6.1", "gcc-12", "tinyconfig", List.of(), List.of(), List.of(a.toString()));
        Cell withB = new Cell("6.1", "gcc-12", "tinyconfig", List.of(), List.of(), List.of(b.toString()));
        assertNotEquals(plain.id(), withA.id());
        assertNotEquals(withA.id(), withB.id());
        Path copy = Files.copy(a, dir.resolve("copy.patch"));
        assertEquals(withA.id(), new Cell("6.1", "gcc-12", "tinyconfig", List.of(), List.of(),
                List.of(copy.toString())).id(), "same bytes elsewhere: same cell");
        assertTrue(withA.describe().endsWith(" patch:a.patch"), withA.describe());
    }

    @Test
    void aMissingPatchFileIsAUsageErrorBeforeAnyWork() {
        StringWriter err = new StringWriter();
        int exit = HarnessMain.commandLine().setErr(new PrintWriter(err)).execute("run", "--kernel", "6.1",
                "--toolchain", "gcc-12", "--defconfig", "tinyconfig", "--patch", dir.resolve("none.patch").toString(),
                "--output", dir.resolve("out").toString());
        assertEquals(2, exit);
        assertEquals("harness run: --patch " + dir.resolve("none.patch") + ": no readable patch file (looked for "
                + dir.resolve("none.patch") + ")", err.toString().strip());
        assertTrue(Files.notExists(dir.resolve("out")), "nothing was started");
    }

    @Test
    void aMissingClasspathPatchIsAUsageErrorShowingTheResourceForm() {
        StringWriter err = new StringWriter();
        int exit = HarnessMain.commandLine().setErr(new PrintWriter(err)).execute("run", "--kernel", "6.1",
                "--toolchain", "gcc-12", "--defconfig", "tinyconfig", "--patch", "classpath:cases/x.patch",
                "--output", dir.resolve("out").toString());
        assertEquals(2, exit);
        assertEquals("harness run: --patch classpath:cases/x.patch: no patch resource cases/x.patch (classpath: takes"
                + " a resource's absolute path, e.g. classpath:/dev/kallsyms/fixtures/matrix/cases/"
                + "fix-veneer-ignore.patch)", err.toString().strip());
        assertTrue(Files.notExists(dir.resolve("out")), "nothing was started");
    }
}
