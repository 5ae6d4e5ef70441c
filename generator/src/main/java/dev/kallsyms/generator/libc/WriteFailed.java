package dev.kallsyms.generator.libc;

import java.io.IOException;

/**
 * A write to an output stream failed (a full disk, a closed descriptor, a reader that went away). The C
 * program ignores such errors; the entry point reports them instead (see README, "Where the Java differs
 * from the C").
 */
public final class WriteFailed extends RuntimeException {
    private final transient COut stream;

    WriteFailed(COut stream, IOException cause) {
        super(cause.getMessage(), cause, false, false);
        this.stream = stream;
    }

    /** The stream whose write failed. */
    public COut stream() {
        return stream;
    }

    /** Whether the reader of a pipe had gone (EPIPE): the C would have died of SIGPIPE. */
    public boolean brokenPipe() {
        return "Broken pipe".equals(getMessage());
    }

    /** strerror of the failure. */
    public String reason() {
        return Errno.strerror((IOException) getCause());
    }
}
