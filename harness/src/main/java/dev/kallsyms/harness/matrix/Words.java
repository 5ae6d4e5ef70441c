package dev.kallsyms.harness.matrix;

import java.util.ArrayList;
import java.util.List;

/** Splits a matrix line into words like a POSIX shell would: blanks separate, quotes group, no expansion. */
public final class Words {
    private Words() {
    }

    public static List<String> split(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else if (c == '\\' && quote == '"' && i + 1 < line.length()) {
                    word.append(line.charAt(++i));
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                word = word == null ? new StringBuilder() : word;
            } else if (Character.isWhitespace(c)) {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
            } else {
                word = word == null ? new StringBuilder() : word;
                word.append(c == '\\' && i + 1 < line.length() ? line.charAt(++i) : c);
            }
        }
        if (quote != 0) {
            throw new IllegalArgumentException("unterminated quote in: " + line);
        }
        if (word != null) {
            words.add(word.toString());
        }
        return words;
    }
}
