package dev.kallsyms.readback;

import dev.kallsyms.readback.decode.KallsymsDecoder;
import dev.kallsyms.readback.elf.ElfFile;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Reads the kallsyms tables back out of a built ELF (a vmlinux, or any linked file holding the tables) as a
 * kernel of the given generation would, and compares them with the entries that should be there.
 *
 * <p>The address encoding follows from the kernel configuration. When it is not given it is inferred: from
 * which tables exist (kallsyms_addresses or kallsyms_offsets), from the offsets themselves (absolute per-cpu
 * offsets are negative for ordinary symbols), and, for 32-bit 7.2 files, from which reading puts the first
 * entry next to {@code _text}. Pass {@link ReadbackOptions} with an encoding when the configuration is known.
 */
public final class Readback {
    private Readback() {
    }

    /** Decodes with the encoding inferred and compares with {@code expected}, entry by entry, in table order. */
    public static ReadbackResult check(Path elf, String generation, List<ExpectedSymbol> expected)
            throws IOException {
        return check(elf, ReadbackOptions.inferred(generation), expected);
    }

    public static ReadbackResult check(Path elf, ReadbackOptions options, List<ExpectedSymbol> expected)
            throws IOException {
        long started = System.nanoTime();
        DecodedKallsyms decoded = decode(elf, options);
        long decodedAt = System.nanoTime();
        Comparison comparison = compare(expected, decoded.symbols());
        Duration compareTime = Duration.ofNanos(System.nanoTime() - decodedAt);
        return new ReadbackResult(elf, decoded.generation(), decoded.encoding(), expected.size(),
                decoded.symbols().size(), comparison.equalEntries(), comparison.mismatch(), decoded.defects(),
                Duration.ofNanos(decodedAt - started), compareTime);
    }

    /** Only the decoding, with its invariant checks; no expectation. */
    public static DecodedKallsyms decode(Path elf, ReadbackOptions options) throws IOException {
        KallsymsDecoder.validate(options);
        try (ElfFile file = ElfFile.open(elf)) {
            return KallsymsDecoder.decode(file, options);
        }
    }

    public static DecodedKallsyms decode(Path elf, String generation) throws IOException {
        return decode(elf, ReadbackOptions.inferred(generation));
    }

    private record Comparison(int equalEntries, ReadbackMismatch mismatch) {
    }

    private static Comparison compare(List<ExpectedSymbol> expected, List<DecodedSymbol> actual) {
        int common = Math.min(expected.size(), actual.size());
        for (int i = 0; i < common; i++) {
            if (!actual.get(i).sameAs(expected.get(i))) {
                return new Comparison(i, new ReadbackMismatch(i, expected.get(i), actual.get(i)));
            }
        }
        if (expected.size() != actual.size()) {
            ExpectedSymbol missing = common < expected.size() ? expected.get(common) : null;
            DecodedSymbol extra = common < actual.size() ? actual.get(common) : null;
            return new Comparison(common, new ReadbackMismatch(common, missing, extra));
        }
        return new Comparison(common, null);
    }
}
