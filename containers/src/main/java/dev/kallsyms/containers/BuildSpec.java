package dev.kallsyms.containers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a {@link BuildContainer} gets: an image, the kernel tree (read-only at /src), the cell's own output
 * directory (read-write at /out), a ccache directory (/ccache), extra read-only mounts (e.g. the generator
 * jar and its wrapper), environment for every command, and an optional memory limit (0 = none).
 */
public record BuildSpec(String image, Path sourceTree, Path outputDir, Path ccacheDir,
                        List<ReadOnlyMount> extraMounts, Map<String, String> env, long memoryBytes) {
    /** A host path shown read-only inside the container. */
    public record ReadOnlyMount(Path hostPath, String containerPath) {
        public ReadOnlyMount {
            if (!containerPath.startsWith("/")) {
                throw new IllegalArgumentException("container path must be absolute: " + containerPath);
            }
        }
    }

    public BuildSpec {
        extraMounts = List.copyOf(extraMounts);
        env = Map.copyOf(env);
    }

    /** No extra mounts, no extra environment, no memory limit; ccache in the project's cache. */
    public static BuildSpec of(String image, Path sourceTree, Path outputDir) {
        return new BuildSpec(image, sourceTree, outputDir, null, List.of(), Map.of(), 0);
    }

    public BuildSpec withCcacheDir(Path dir) {
        return new BuildSpec(image, sourceTree, outputDir, dir, extraMounts, env, memoryBytes);
    }

    public BuildSpec withReadOnlyMount(Path hostPath, String containerPath) {
        List<ReadOnlyMount> mounts = new ArrayList<>(extraMounts);
        mounts.add(new ReadOnlyMount(hostPath, containerPath));
        return new BuildSpec(image, sourceTree, outputDir, ccacheDir, mounts, env, memoryBytes);
    }

    public BuildSpec withEnv(String name, String value) {
        Map<String, String> all = new LinkedHashMap<>(env);
        all.put(name, value);
        return new BuildSpec(image, sourceTree, outputDir, ccacheDir, extraMounts, all, memoryBytes);
    }

    public BuildSpec withMemoryBytes(long bytes) {
        return new BuildSpec(image, sourceTree, outputDir, ccacheDir, extraMounts, env, bytes);
    }
}
