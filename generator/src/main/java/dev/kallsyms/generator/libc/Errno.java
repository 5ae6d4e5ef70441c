package dev.kallsyms.generator.libc;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** The strerror() text of the errno behind a Java I/O exception, for perror-style messages. */
public final class Errno {
    public static final String ENOENT = "No such file or directory";
    public static final String ENOTDIR = "Not a directory";
    private static final String ELOOP = "Too many levels of symbolic links";

    private Errno() {
    }

    public static String strerror(IOException e) {
        if (e instanceof NoSuchFileException) {
            return ENOENT;
        }
        if (e instanceof AccessDeniedException) {
            return "Permission denied";
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason().startsWith(ELOOP) ? ELOOP : fse.getReason();
        }
        return e.getMessage() == null ? "Input/output error" : e.getMessage();
    }
}
