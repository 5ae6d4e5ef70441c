package dev.kallsyms.generator.cli;

import dev.kallsyms.generator.Kallsyms;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.nio.file.Path;
import java.util.List;

/** The command: a drop-in for scripts/kallsyms (see Kallsyms.execute). */
public final class KallsymsMain {
    private KallsymsMain() {
    }

    public static void main(String[] args) {
        // raw descriptors: the generator buffers itself, and System.out's encoder is not wanted
        int status = Kallsyms.execute(List.of(args), System.getenv(), Path.of("").toAbsolutePath(),
                new FileInputStream(FileDescriptor.in), new FileOutputStream(FileDescriptor.out),
                new FileOutputStream(FileDescriptor.err));
        System.exit(status);
    }
}
