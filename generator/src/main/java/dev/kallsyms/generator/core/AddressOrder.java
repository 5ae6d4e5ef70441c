package dev.kallsyms.generator.core;

import java.util.Comparator;

/**
 * The order of the address table: by address, then non-weak before weak, then symbols that do not
 * look like linker-script markers first, then fewer leading underscores, then input order.
 */
public final class AddressOrder implements Comparator<Symbol> {
    @Override
    public int compare(Symbol a, Symbol b) {
        int c = Long.compareUnsigned(a.addr(), b.addr());
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
        return Integer.compare(a.inputOrder(), b.inputOrder());
    }

    private static int weak(Symbol s) {
        int t = s.type();
        return t == 'w' || t == 'W' ? 1 : 0;
    }

    /** Names like __start_X, __stop_X, __end_X, __X_start, __X_end (at least eight bytes). */
    static int linkerProvided(Symbol s) {
        byte[] n = s.original();
        int len = n.length - 1;
        if (len < 8 || n[1] != '_' || n[2] != '_') {
            return 0;
        }
        if (at(n, 3, "start_") || at(n, 3, "stop_") || at(n, 3, "end_")) {
            return 1;
        }
        return at(n, 1 + len - 6, "_start") || at(n, 1 + len - 4, "_end") ? 1 : 0;
    }

    private static boolean at(byte[] n, int off, String literal) {
        for (int i = 0; i < literal.length(); i++) {
            if (n[off + i] != literal.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int leadingUnderscores(Symbol s) {
        byte[] n = s.original();
        int i = 1;
        while (i < n.length && n[i] == '_') {
            i++;
        }
        return i - 1;
    }
}
