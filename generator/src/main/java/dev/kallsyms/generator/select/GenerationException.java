package dev.kallsyms.generator.select;

/** The generation to follow could not be determined (or is not supported). */
public final class GenerationException extends Exception {
    public GenerationException(String message) {
        super(message);
    }
}
