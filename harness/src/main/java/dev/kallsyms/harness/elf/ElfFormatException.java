package dev.kallsyms.harness.elf;

/** The file is not an ELF file this reader understands. */
public class ElfFormatException extends RuntimeException {
    public ElfFormatException(String message) {
        super(message);
    }
}
