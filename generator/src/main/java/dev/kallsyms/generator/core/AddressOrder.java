package dev.kallsyms.generator.core;

/**
 * The order of the address table, on input indices: by address, then non-weak before weak, then symbols
 * that do not look like linker-script markers first, then fewer leading underscores, then input order.
 */
final class AddressOrder implements IndexSort.Order {
    private final InputSymbols input;
    private final long[] percpuAbsolute;

    AddressOrder(InputSymbols input, long[] percpuAbsolute) {
        this.input = input;
        this.percpuAbsolute = percpuAbsolute;
    }

    @Override
    public int compare(int a, int b) {
        int c = Long.compareUnsigned(input.addr(a), input.addr(b));
        if (c != 0) {
            return c;
        }
        c = Integer.compare(weak(a), weak(b));
        if (c != 0) {
            return c;
        }
        c = Integer.compare(linkerProvided(a), linkerProvided(b));
        if (c != 0) {
            return c;
        }
        c = Integer.compare(leadingUnderscores(a), leadingUnderscores(b));
        if (c != 0) {
            return c;
        }
        return Integer.compare(a, b);
    }

    /** The type as the table has it: a per-cpu symbol made absolute counts as 'A'. */
    private int weak(int i) {
        if (SymbolTable.percpuAbsolute(percpuAbsolute, i)) {
            return 0;
        }
        int t = input.type(i);
        return t == 'w' || t == 'W' ? 1 : 0;
    }

    /** Names like __start_X, __stop_X, __end_X, __X_start, __X_end (at least eight bytes). */
    private int linkerProvided(int i) {
        byte[] page = input.page(i);
        int name = input.offset(i) + 1;
        int len = input.length(i) - 1;
        if (len < 8 || page[name] != '_' || page[name + 1] != '_') {
            return 0;
        }
        if (at(page, name + 2, "start_") || at(page, name + 2, "stop_") || at(page, name + 2, "end_")) {
            return 1;
        }
        return at(page, name + len - 6, "_start") || at(page, name + len - 4, "_end") ? 1 : 0;
    }

    private static boolean at(byte[] n, int off, String literal) {
        for (int i = 0; i < literal.length(); i++) {
            if (n[off + i] != literal.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private int leadingUnderscores(int i) {
        byte[] page = input.page(i);
        int from = input.offset(i) + 1;
        int end = input.offset(i) + input.length(i);
        int k = from;
        while (k < end && page[k] == '_') {
            k++;
        }
        return k - from;
    }
}
