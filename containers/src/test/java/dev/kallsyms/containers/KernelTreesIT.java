package dev.kallsyms.containers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Extracts (once; cached afterwards) Debian's linux-source-6.1. */
class KernelTreesIT {
    @Test
    void extractsTheNewest61TreeOnceWithExecutableScriptsAndLinks() throws Exception {
        long start = System.nanoTime();
        KernelTree tree = KernelTrees.ensure("6.1");
        System.out.printf("KernelTrees.ensure(6.1): %.1f s -> %s%n", (System.nanoTime() - start) / 1e9, tree);
        assertEquals("6.1", tree.generation());
        assertTrue(tree.packageVersion().startsWith("6.1."), tree.packageVersion());
        Path root = tree.root();
        assertTrue(Files.readString(root.resolve("Makefile")).contains("VERSION = 6"));
        assertTrue(Files.isRegularFile(root.resolve("scripts/kallsyms.c")));
        assertTrue(Files.isExecutable(root.resolve("scripts/link-vmlinux.sh")), "scripts keep their exec bit");
        assertTrue(Files.isExecutable(root.resolve("scripts/mkcompile_h")));
        assertTrue(Files.isSymbolicLink(root.resolve("scripts/dtc/include-prefixes/arm")));
        assertTrue(Files.isDirectory(root.resolve("scripts/dtc/include-prefixes/arm/")), "symlink resolves in tree");

        long again = System.nanoTime();
        KernelTree cached = KernelTrees.ensure("6.1");
        System.out.printf("KernelTrees.ensure(6.1) again: %.1f s%n", (System.nanoTime() - again) / 1e9);
        assertEquals(tree, cached);
    }
}
