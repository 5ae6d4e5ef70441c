package dev.kallsyms.readback.expect;

/** One line of an nm-style map, with its position in the file (the C program's tie-breaker). */
public record MapLine(long address, char type, String name, int position) {

    public String format(boolean wide) {
        return String.format(wide ? "%016x %c %s" : "%08x %c %s", address, type, name);
    }

    public MapLine withAddress(long value) {
        return new MapLine(value, type, name, position);
    }
}
