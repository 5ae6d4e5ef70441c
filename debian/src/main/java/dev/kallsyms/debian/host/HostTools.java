package dev.kallsyms.debian.host;

import dev.kallsyms.debian.CacheRoot;
import dev.kallsyms.debian.InfraException;
import java.util.List;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way this project gets the programs it runs on the host (dockerd, debootstrap, the cross assembler of
 * the read-back tests): present on PATH, else installed with apt-get when this process is root on a machine
 * with apt, else an {@link InfraException} whose one line says what is missing, why it was not installed and
 * the command that would install it.
 */
public final class HostTools {
    private static final Logger LOG = LoggerFactory.getLogger(HostTools.class);

    /** Installs packages; apt-get on a real machine, a recorder in tests. */
    @FunctionalInterface
    public interface Installer {
        void install(List<String> packages);
    }

    private final Predicate<String> onPath;
    private final long uid;
    private final Installer installer;

    HostTools(Predicate<String> onPath, long uid, Installer installer) {
        this.onPath = onPath;
        this.uid = uid;
        this.installer = installer;
    }

    /** This machine: its PATH, its uid, apt-get with its log under {@code $KALLSYMS_CACHE/logs}. */
    public static HostTools system() {
        return new HostTools(Commands::onPath, HostUser.uid(), new AptGet(CacheRoot.get().resolve("logs"))::install);
    }

    /**
     * Makes every tool available or throws.
     *
     * @param purpose what the tools are for, as the messages say it ("to build the base images")
     * @throws InfraException when a tool is missing and cannot be installed, or is still missing afterwards
     */
    public void ensure(String purpose, List<HostTool> tools) {
        HostToolPlan plan = HostToolPlan.of(tools, onPath, uid, onPath.test("apt-get"));
        if (plan.ready()) {
            return;
        }
        if (plan.refusal() != null) {
            throw new InfraException(plan.refusal() + " (" + purpose + ")");
        }
        LOG.info("installing {} with apt-get as root ({})", String.join(" ", plan.packages()), purpose);
        installer.install(plan.packages());
        List<String> stillMissing = HostToolPlan.missing(tools, onPath);
        if (!stillMissing.isEmpty()) {
            throw new InfraException("apt-get installed " + String.join(" ", plan.packages()) + " but PATH still"
                    + " lacks " + String.join(", ", stillMissing) + " (" + purpose + "; PATH=" + System.getenv("PATH")
                    + ")");
        }
    }
}
