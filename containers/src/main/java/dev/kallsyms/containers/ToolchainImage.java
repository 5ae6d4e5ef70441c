package dev.kallsyms.containers;

import java.util.Map;

/**
 * A built toolchain image, with what a run's metadata should record about it.
 *
 * @param tag          e.g. {@code kallsyms-toolchain:gcc-12-3f2a9c01b7de}
 * @param imageId      the engine's content id ({@code sha256:...})
 * @param toolVersions recipe's version name (compiler, linker, java) to the first line the tool printed
 */
public record ToolchainImage(Toolchain toolchain, String tag, String imageId, String baseImage,
                             Map<String, String> toolVersions) {
    public ToolchainImage {
        toolVersions = Map.copyOf(toolVersions);
    }
}
