package dev.kallsyms.harness.cli;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A memory size as Docker writes it: 512m, 2g, 1048576 (bytes), with k, m or g (powers of 1024). */
final class MemorySize implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        int shift = switch (v.isEmpty() ? ' ' : v.charAt(v.length() - 1)) {
            case 'k' -> 10;
            case 'm' -> 20;
            case 'g' -> 30;
            default -> 0;
        };
        String digits = shift == 0 ? v : v.substring(0, v.length() - 1);
        if (!digits.matches("[0-9]{1,12}") || Long.parseLong(digits) == 0) {
            throw new TypeConversionException("'" + value + "' is not a memory size (e.g. 512m, 2g)");
        }
        return Long.parseLong(digits) << shift;
    }
}
