package dev.kallsyms.readback.support;

import dev.kallsyms.readback.AddressEncoding;

/**
 * Evaluates the operand the C program wrote for one entry's address (with _text known), giving the address that
 * entry stands for: the test's check that its expected list is in the C program's order.
 */
public final class AddressLiteral {
    private AddressLiteral() {
    }

    public static long evaluate(String literal, AddressEncoding encoding, long text, Long relativeBase, long mask) {
        String s = literal.strip();
        if (s.startsWith("_text - . + (")) {
            return (text + Long.parseLong(s.substring("_text - . + (".length(), s.length() - 1))) & mask;
        }
        if (s.startsWith("_text + ")) {
            return (text + number(s.substring(8))) & mask;
        }
        if (s.startsWith("_text - ")) {
            return (text - number(s.substring(8))) & mask;
        }
        long value = number(s);
        return switch (encoding) {
            case BASE_RELATIVE -> (relativeBase + value) & mask;
            case BASE_RELATIVE_ABSOLUTE_PERCPU -> (int) value >= 0 ? value : (relativeBase - 1 - (int) value) & mask;
            default -> value & mask;
        };
    }

    private static long number(String s) {
        String t = s.strip();
        return t.startsWith("0x") ? Long.parseUnsignedLong(t.substring(2), 16) : Long.parseUnsignedLong(t);
    }
}
