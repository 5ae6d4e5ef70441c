package dev.kallsyms.readback;

/**
 * One entry as a kernel would read it back from the tables: the address after the generation's address
 * decoding, the type (the first character of the expanded name) and the rest of the expanded name.
 */
public record DecodedSymbol(long address, char type, String name) {

    public boolean sameAs(ExpectedSymbol expected) {
        return expected.address() == address && expected.type() == type && expected.name().equals(name);
    }

    @Override
    public String toString() {
        return String.format("%x %c %s", address, type, name);
    }
}
