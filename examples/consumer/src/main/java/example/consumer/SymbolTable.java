package example.consumer;

import dev.kallsyms.generator.Generation;
import dev.kallsyms.generator.Kallsyms;
import dev.kallsyms.generator.KallsymsOptions;
import dev.kallsyms.generator.KallsymsResult;
import java.nio.charset.StandardCharsets;

/** What a build tool would do with the generator: turn a kernel's symbol map into the kallsyms assembler file. */
public final class SymbolTable {
    private SymbolTable() {
    }

    /**
     * @param kernelVersion the kernel being linked ("6.1.192"); picks the scripts/kallsyms generation to follow
     * @param options       the switches its link script passes ("base-relative", "all-symbols", ...)
     * @param map           the map as nm wrote it
     * @return the .S file, byte for byte what the kernel's own program writes
     */
    public static byte[] assemble(String kernelVersion, java.util.Collection<String> options, byte[] map) {
        KallsymsResult result = Kallsyms.generate(Generation.parse(kernelVersion),
                KallsymsOptions.fromNames(options), map);
        if (result.exitCode() != 0) {
            throw new IllegalStateException("kallsyms exited with " + result.exitCode() + ": "
                    + new String(result.stderr(), StandardCharsets.UTF_8).trim());
        }
        return result.stdout();
    }
}
