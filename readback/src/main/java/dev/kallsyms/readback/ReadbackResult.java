package dev.kallsyms.readback;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The outcome of reading one ELF back: ok when the tables are internally consistent and hold exactly the
 * expected entries. {@code entriesCompared} counts entries that were compared (and equal before the first
 * mismatch). {@code decodeTime} covers opening the ELF and decoding; {@code compareTime} the comparison.
 */
public record ReadbackResult(Path elf, String generation, AddressEncoding encoding, int entriesExpected,
                             int entriesDecoded, int entriesCompared, ReadbackMismatch mismatch,
                             List<String> defects, Duration decodeTime, Duration compareTime) {

    public boolean ok() {
        return mismatch == null && defects.isEmpty();
    }

    /** One line for logs and verdict details. */
    public String summary() {
        String head = String.format("%s [%s, %s]: %d/%d entries compared, decode %d ms", elf.getFileName(),
                generation, encoding, entriesCompared, entriesExpected, decodeTime.toMillis());
        if (ok()) {
            return head + ": OK";
        }
        StringBuilder out = new StringBuilder(head);
        if (mismatch != null) {
            out.append(": MISMATCH at ").append(mismatch.describe());
        }
        if (!defects.isEmpty()) {
            out.append(": ").append(defects.size()).append(" table defect(s), first: ").append(defects.get(0));
        }
        return out.toString();
    }
}
