package dev.kallsyms.readback.decode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * kallsyms_token_table holds 256 NUL-terminated strings back to back; kallsyms_token_index gives, per code,
 * where its string starts. A name expands by replacing each code with its string, looked up through the index
 * as the kernel does.
 */
final class TokenTable {
    static final int CODES = 256;

    private final String[] byCode;
    private final List<String> inTableOrder;

    private TokenTable(String[] byCode, List<String> inTableOrder) {
        this.byCode = byCode;
        this.inTableOrder = inTableOrder;
    }

    static TokenTable read(TableRegion table, TableRegion index, int alignment, Defects defects) {
        List<String> strings = new ArrayList<>();
        int[] starts = new int[CODES];
        int at = 0;
        while (strings.size() < CODES && at < table.available()) {
            starts[strings.size()] = at;
            int end = terminator(table, at);
            if (end < 0) {
                break;
            }
            strings.add(string(table, at, end));
            at = end + 1;
        }
        if (strings.size() < CODES) {
            defects.add("kallsyms_token_table holds " + strings.size() + " complete strings, not 256");
        }
        TableLocator.checkTail(table, at, alignment, true, defects);
        String[] byCode = new String[CODES];
        if (index.available() < 2 * CODES) {
            defects.add("kallsyms_token_index has room for " + index.available() / 2 + " entries, not 256");
            return new TokenTable(byCode, strings);
        }
        for (int code = 0; code < CODES; code++) {
            int start = index.u16(2 * code);
            if (code < strings.size() && start != starts[code]) {
                defects.add(String.format("kallsyms_token_index[%d] = %d, but string %d starts at %d", code, start,
                        code, starts[code]));
            }
            int end = start < table.available() ? terminator(table, start) : -1;
            byCode[code] = end < 0 ? null : string(table, start, end);
        }
        checkTokens(byCode, defects);
        return new TokenTable(byCode, List.copyOf(strings));
    }

    /** The string a code stands for, or null when its index points outside the table. */
    String token(int code) {
        return byCode[code];
    }

    List<String> inTableOrder() {
        return inTableOrder;
    }

    /** A one-character token only ever stands for its own code: codes are bytes the names really contain. */
    private static void checkTokens(String[] byCode, Defects defects) {
        for (int code = 0; code < CODES; code++) {
            String token = byCode[code];
            if (token != null && token.length() == 1 && token.charAt(0) != code) {
                defects.add(String.format("token %#04x is the single character %#04x, not itself", code,
                        (int) token.charAt(0)));
            }
        }
    }

    private static int terminator(TableRegion table, int from) {
        for (int at = from; at < table.available(); at++) {
            if (table.u8(at) == 0) {
                return at;
            }
        }
        return -1;
    }

    private static String string(TableRegion table, int from, int end) {
        byte[] bytes = new byte[end - from];
        table.section().get(table.start() + from, bytes);
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    @Override
    public String toString() {
        return Arrays.toString(byCode);
    }
}
