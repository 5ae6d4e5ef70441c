package dev.kallsyms.harness.diagnosis;

import dev.kallsyms.harness.diagnosis.LinkImage.Symbol;
import dev.kallsyms.harness.diagnosis.PassComparison.Shift;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Where the symbols started to move and by how much: runs of equal displacement in address order. */
final class AddressShifts {
    private AddressShifts() {
    }

    static List<Shift> runs(List<String> keys, Map<String, Symbol> before, Map<String, Symbol> after) {
        List<String> order = new ArrayList<>(keys);
        order.sort(Comparator.<String>comparingLong(k -> before.get(k).address())
                .thenComparing(k -> before.get(k).name()));
        List<Shift> runs = new ArrayList<>();
        Shift current = null;
        for (String key : order) {
            Symbol x = before.get(key);
            long delta = after.get(key).address() - x.address();
            if (current != null && current.delta() == delta) {
                current = new Shift(current.firstSymbol(), current.address(), delta, current.symbols() + 1);
                continue;
            }
            if (current != null && current.delta() != 0) {
                runs.add(current);
            }
            current = new Shift(x.name(), x.address(), delta, 1);
        }
        if (current != null && current.delta() != 0) {
            runs.add(current);
        }
        return runs;
    }
}
