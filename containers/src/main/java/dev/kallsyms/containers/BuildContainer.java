package dev.kallsyms.containers;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.model.AccessMode;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.StreamType;
import com.github.dockerjava.api.model.Volume;
import dev.kallsyms.containers.exec.LineSplitter;
import dev.kallsyms.debian.CacheRoot;
import dev.kallsyms.debian.InfraException;
import dev.kallsyms.debian.host.HostUser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The one container kernel builds run in: no network, not privileged, labelled for {@link Janitor}; the
 * kernel tree read-only at {@value #SRC}, the cell's output at {@value #OUT}, ccache at {@value #CCACHE}.
 * Commands run as the host's uid:gid so that outputs are not owned by root.
 */
public final class BuildContainer implements AutoCloseable {
    public static final String SRC = "/src";
    public static final String OUT = "/out";
    public static final String CCACHE = "/ccache";
    /** How long after its time limit a command may take to die before the whole container is killed. */
    private static final Duration KILL_GRACE = Duration.ofSeconds(60);
    private static final int TIMEOUT_EXIT = 124;
    private static final int KILLED_EXIT = 137;
    /** Exit statuses from here on mean "killed by signal (status - 128)". */
    private static final int SIGNALLED = 128;
    private static final Duration SETTLE = Duration.ofSeconds(5);

    private final GenericContainer<?> container;
    private final DockerClient client;
    private final BuildSpec spec;
    private final String user;

    private BuildContainer(GenericContainer<?> container, DockerClient client, BuildSpec spec, String user) {
        this.container = container;
        this.client = client;
        this.spec = spec;
        this.user = user;
    }

    /** @throws InfraException when the engine cannot start the container */
    public static BuildContainer start(BuildSpec spec) {
        DockerEngine engine = DockerEngine.ensureAvailable();
        Path ccache = spec.ccacheDir() != null ? spec.ccacheDir() : CacheRoot.get().resolve("ccache");
        createDirectories(spec.outputDir());
        createDirectories(ccache);
        List<Bind> binds = new ArrayList<>();
        binds.add(bind(spec.sourceTree(), SRC, AccessMode.ro));
        binds.add(bind(spec.outputDir(), OUT, AccessMode.rw));
        binds.add(bind(ccache, CCACHE, AccessMode.rw));
        for (BuildSpec.ReadOnlyMount mount : spec.extraMounts()) {
            binds.add(bind(mount.hostPath(), mount.containerPath(), AccessMode.ro));
        }
        GenericContainer<?> container = new GenericContainer<>(DockerImageName.parse(spec.image()))
                // a shell as PID 1 reaps orphaned build processes; TERM stops it at once
                .withCommand("sh", "-c", "trap 'exit 0' TERM; while :; do sleep 3600 & wait $!; done")
                .withNetworkMode("none")
                .withPrivilegedMode(false)
                .withLabels(Labels.forThisRun())
                // binds set here, not with withFileSystemBind: for those Testcontainers first checks that
                // mounting works by running alpine, which it would have to pull
                .withCreateContainerCmdModifier(cmd -> {
                    cmd.getHostConfig().withBinds(binds);
                    if (spec.memoryBytes() > 0) {
                        cmd.getHostConfig().withMemory(spec.memoryBytes()).withMemorySwap(spec.memoryBytes());
                    }
                });
        try {
            container.start();
        } catch (RuntimeException e) {
            container.close();
            throw new InfraException("could not start a container of " + spec.image() + ": " + e.getMessage(), e);
        }
        return new BuildContainer(container, engine.client(), spec, HostUser.uidGid());
    }

    /**
     * Runs a command in /out and streams its output (stdout and stderr, line by line, on one thread) to
     * logLine as it comes.
     *
     * @throws InfraException when the container died (killed, out of memory) or the engine went away
     */
    public ExecResult exec(List<String> command, Map<String, String> env, Duration timeout,
                           Consumer<String> logLine) {
        long start = System.nanoTime();
        try {
            String execId = client.execCreateCmd(containerId())
                    .withCmd(withTimeLimit(command, timeout).toArray(String[]::new))
                    .withEnv(environment(env))
                    .withUser(user)
                    .withWorkingDir(OUT)
                    .withAttachStdout(true)
                    .withAttachStderr(true)
                    .exec().getId();
            LineSplitter out = new LineSplitter(logLine);
            LineSplitter err = new LineSplitter(logLine);
            ResultCallback.Adapter<Frame> callback = client.execStartCmd(execId)
                    .exec(new ResultCallback.Adapter<>() {
                        @Override
                        public void onNext(Frame frame) {
                            (frame.getStreamType() == StreamType.STDERR ? err : out).feed(frame.getPayload());
                        }
                    });
            boolean finished = callback.awaitCompletion(timeout.plus(KILL_GRACE).toMillis(), TimeUnit.MILLISECONDS);
            out.flush();
            err.flush();
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            if (!finished) {
                // the command ignored its time limit; the container goes with it
                client.killContainerCmd(containerId()).exec();
                return new ExecResult(KILLED_EXIT, elapsed, true);
            }
            Long exit = client.inspectExecCmd(execId).exec().getExitCodeLong();
            requireAlive(exit == null || exit >= SIGNALLED);
            if (exit == null) {
                throw new InfraException("the engine reported no exit status for " + command);
            }
            requireNoOomKill();
            int code = exit.intValue();
            boolean timedOut = (code == TIMEOUT_EXIT || code == KILLED_EXIT) && elapsed.compareTo(timeout) >= 0;
            return new ExecResult(code, elapsed, timedOut);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InfraException("interrupted while running " + command, e);
        } catch (InfraException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new InfraException("the engine failed while running " + command + ": " + e.getMessage(), e);
        }
    }

    /** Same as {@link #exec(List, Map, Duration, Consumer)} with no extra environment. */
    public ExecResult exec(List<String> command, Duration timeout, Consumer<String> logLine) {
        return exec(command, Map.of(), timeout, logLine);
    }

    public String containerId() {
        return container.getContainerId();
    }

    /** The uid:gid commands run as. */
    public String user() {
        return user;
    }

    public BuildSpec spec() {
        return spec;
    }

    @Override
    public void close() {
        String id = container.getContainerId();
        container.close();
        if (id != null) {
            Janitor.removeOne(client, id);
        }
    }

    /** coreutils timeout stops the command and its process group; exit 124 (or 137 after KILL) says so. */
    static List<String> withTimeLimit(List<String> command, Duration timeout) {
        List<String> wrapped = new ArrayList<>(List.of("timeout", "--kill-after=30",
                Math.max(1, timeout.toSeconds()) + "s"));
        wrapped.addAll(command);
        return wrapped;
    }

    private List<String> environment(Map<String, String> extra) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("CCACHE_DIR", CCACHE);
        // the host uid has no home in the image; tools that want one get a writable place
        all.put("HOME", "/tmp");
        all.putAll(spec.env());
        all.putAll(extra);
        return all.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList();
    }

    /**
     * A command that died by a signal may have died with its container (killed, out of memory, engine
     * stopping), and the engine updates the container's state a moment after the exec stream ends.
     */
    private void requireAlive(boolean signalled) {
        if (signalled && isRunning()) {
            try {
                Awaitility.await().atMost(SETTLE).pollInterval(Duration.ofMillis(200)).until(() -> !isRunning());
            } catch (ConditionTimeoutException e) {
                // still running: the command alone was killed, which is the command's result
            }
        }
        InspectContainerResponse.ContainerState state = client.inspectContainerCmd(containerId()).exec().getState();
        if (Boolean.TRUE.equals(state.getOOMKilled())) {
            throw new InfraException("container " + containerId() + " ran out of memory");
        }
        if (!Boolean.TRUE.equals(state.getRunning())) {
            throw new InfraException("container " + containerId() + " stopped (" + state.getStatus()
                    + ", exit " + state.getExitCodeLong() + ")");
        }
    }

    /**
     * The memory cgroup's OOM killer may kill one process of a command (a compiler, the generator's JVM) and
     * leave the container running; the command then fails or, worse, records a wrong result. Its kill count
     * (cgroup v1 memory.oom_control, v2 memory.events) tells: any kill makes the command's result worthless.
     */
    private void requireNoOomKill() throws InterruptedException {
        String execId = client.execCreateCmd(containerId())
                .withCmd("sh", "-c", "cat /sys/fs/cgroup/memory/memory.oom_control /sys/fs/cgroup/memory.events "
                        + "2>/dev/null; true")
                .withAttachStdout(true)
                .exec().getId();
        StringBuilder text = new StringBuilder();
        LineSplitter lines = new LineSplitter(line -> text.append(line).append('\n'));
        client.execStartCmd(execId).exec(new ResultCallback.Adapter<Frame>() {
            @Override
            public void onNext(Frame frame) {
                lines.feed(frame.getPayload());
            }
        }).awaitCompletion(SETTLE.toMillis(), TimeUnit.MILLISECONDS);
        lines.flush();
        long kills = oomKills(text.toString());
        if (kills > 0) {
            throw new InfraException("out of memory: the kernel killed " + kills + " process(es) in container "
                    + containerId() + (spec.memoryBytes() > 0 ? " (limit " + (spec.memoryBytes() >> 20) + " MiB)"
                    : ""));
        }
    }

    /** The {@code oom_kill N} line of a memory cgroup's counters; 0 when there is none. */
    static long oomKills(String counters) {
        return counters.lines().map(String::strip).filter(l -> l.startsWith("oom_kill "))
                .mapToLong(l -> Long.parseLong(l.substring("oom_kill ".length()).strip())).max().orElse(0);
    }

    private boolean isRunning() {
        return Boolean.TRUE.equals(client.inspectContainerCmd(containerId()).exec().getState().getRunning());
    }

    private static Bind bind(Path host, String inside, AccessMode mode) {
        return new Bind(host.toAbsolutePath().toString(), new Volume(inside), mode);
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
