package dev.kallsyms.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;

/** Checks of command-line values, each failing with a {@link BadInputException} that says what was expected. */
public final class Inputs {
    private Inputs() {
    }

    /** @param option the option as the user wrote it, e.g. {@code --toolchain} */
    public static String oneOf(String option, String value, Collection<String> known) {
        if (!known.contains(value)) {
            throw new BadInputException("unknown " + option + " " + value + " (known: " + String.join(", ", known)
                    + ")");
        }
        return value;
    }

    public static int atLeastOne(String option, int value) {
        return Math.toIntExact(atLeastOne(option, (long) value));
    }

    public static long atLeastOne(String option, long value) {
        if (value < 1) {
            throw new BadInputException(option + " must be at least 1, not " + value);
        }
        return value;
    }

    public static Path existingFile(String what, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            throw new BadInputException(what + " " + file + " is a directory, not a file");
        }
        if (!Files.isRegularFile(absolute)) {
            throw new BadInputException(what + " " + file + ": no such file (looked for " + absolute + ")");
        }
        return file;
    }

    public static Path existingDirectory(String what, Path dir) {
        Path absolute = dir.toAbsolutePath().normalize();
        if (Files.isRegularFile(absolute)) {
            throw new BadInputException(what + " " + dir + " is a file, not a directory");
        }
        if (!Files.isDirectory(absolute)) {
            throw new BadInputException(what + " " + dir + ": no such directory (looked for " + absolute + ")");
        }
        return dir;
    }

    /** A directory to write into: made (with its parents) if missing, refused if it cannot be. */
    public static Path outputDirectory(String option, Path dir) {
        Path absolute = dir.toAbsolutePath().normalize();
        for (Path p = absolute; p != null; p = p.getParent()) {
            if (Files.exists(p) && !Files.isDirectory(p)) {
                throw new BadInputException(option + " " + dir + (p.equals(absolute) ? "" : ": " + p)
                        + " is a file, not a directory");
            }
        }
        try {
            Files.createDirectories(absolute);
        } catch (IOException e) {
            throw new BadInputException(option + " " + dir + ": cannot make the directory (" + Failures.describe(e)
                    + ")", e);
        }
        if (!Files.isWritable(absolute)) {
            throw new BadInputException(option + " " + dir + ": not writable");
        }
        return absolute;
    }
}
