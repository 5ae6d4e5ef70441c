package dev.kallsyms.cli;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** A failure as one line of text: what the user needs, never a stack trace. */
public final class Failures {
    private Failures() {
    }

    public static String describe(Throwable t) {
        if (t instanceof NoSuchFileException e) {
            return "no such file: " + e.getFile();
        }
        if (t instanceof AccessDeniedException e) {
            return "permission denied: " + e.getFile();
        }
        if (t instanceof FileSystemException e) {
            return e.getFile() + ": " + (e.getReason() != null ? e.getReason() : t.getClass().getSimpleName());
        }
        if (t instanceof UncheckedIOException && t.getCause() != null) {
            String own = t.getMessage();
            String cause = describe(t.getCause());
            return own == null || own.equals(t.getCause().toString()) ? cause : own + ": " + cause;
        }
        return t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
    }

    /** For a bug: the exception's class and the line that threw, so a report can name it without --verbose. */
    static String describeBug(Throwable t) {
        StackTraceElement[] trace = t.getStackTrace();
        String where = trace.length == 0 ? "" : " at " + trace[0].getClassName().replaceAll(".*\\.", "") + "."
                + trace[0].getMethodName() + "(" + trace[0].getFileName() + ":" + trace[0].getLineNumber() + ")";
        return t.getClass().getSimpleName() + (t.getMessage() != null ? ": " + t.getMessage() : "") + where;
    }
}
