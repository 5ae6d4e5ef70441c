package dev.kallsyms.containers;

import java.nio.file.Path;

/**
 * An extracted Debian kernel source tree, to be mounted read-only at /src.
 *
 * @param root           the tree's top directory (holds Makefile, scripts/, arch/ ...)
 * @param packageVersion the Debian version of linux-source-&lt;generation&gt; it came from, e.g. 6.1.190-1
 * @param generation     the kernel generation, e.g. 6.1
 */
public record KernelTree(Path root, String packageVersion, String generation) {
}
