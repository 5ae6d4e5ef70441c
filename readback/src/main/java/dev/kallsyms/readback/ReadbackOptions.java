package dev.kallsyms.readback;

import dev.kallsyms.readback.decode.TableFormat;
import java.util.Objects;

/**
 * What the decoder is told about the kernel. {@code encoding} null means "infer it from the tables" (the
 * kernel knows it from its configuration; the ELF alone leaves a few cases to inference, see
 * {@link Readback}). {@code ltoClang}: whether 6.1 sorted kallsyms_seqs_of_names with ".llvm." suffixes cut off
 * (CONFIG_LTO_CLANG); null means either order is accepted.
 */
public record ReadbackOptions(String generation, AddressEncoding encoding, Boolean ltoClang) {

    public ReadbackOptions {
        Objects.requireNonNull(generation, "generation");
    }

    public static ReadbackOptions inferred(String generation) {
        return new ReadbackOptions(generation, null, null);
    }

    /**
     * What the command line a link gave scripts/kallsyms says about the tables it wrote (the address encoding
     * and, on 6.1, --lto-clang), so that nothing has to be inferred.
     */
    public static ReadbackOptions fromKallsymsArguments(String generation, java.util.List<String> arguments) {
        TableFormat format = TableFormat.forGeneration(generation);
        Boolean lto = format == TableFormat.V6_1 ? arguments.contains("--lto-clang") : null;
        return new ReadbackOptions(generation, format.encodingFor(arguments), lto);
    }

    public ReadbackOptions withEncoding(AddressEncoding value) {
        return new ReadbackOptions(generation, value, ltoClang);
    }

    public ReadbackOptions withLtoClang(Boolean value) {
        return new ReadbackOptions(generation, encoding, value);
    }
}
