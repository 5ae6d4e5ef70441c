package dev.kallsyms.readback.elf;

import java.io.IOException;

/** The file is not an ELF file this reader understands, or its headers point outside the file. */
public final class ElfFormatException extends IOException {
    public ElfFormatException(String message) {
        super(message);
    }
}
