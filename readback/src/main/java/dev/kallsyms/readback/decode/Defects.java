package dev.kallsyms.readback.decode;

import java.util.ArrayList;
import java.util.List;

/**
 * Broken invariants, in the order found. Capped, because one corrupt length byte can make every later entry
 * wrong and the first few messages are the ones that explain it.
 */
public final class Defects {
    static final int LIMIT = 40;

    private final List<String> messages = new ArrayList<>();
    private int dropped;

    public void add(String message) {
        if (messages.size() < LIMIT) {
            messages.add(message);
        } else {
            dropped++;
        }
    }

    public boolean isEmpty() {
        return messages.isEmpty();
    }

    public List<String> list() {
        List<String> all = new ArrayList<>(messages);
        if (dropped > 0) {
            all.add("... and " + dropped + " more defect(s)");
        }
        return List.copyOf(all);
    }
}
