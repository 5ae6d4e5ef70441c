package dev.kallsyms.harness.diagnosis;

import dev.kallsyms.harness.diagnosis.LinkImage.Symbol;
import dev.kallsyms.harness.diagnosis.PassComparison.Reorder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which symbols changed place relative to their neighbours. Both ELFs' symbols are put in nm -n order
 * (address, then name: the order scripts/kallsyms compresses them in); the symbols outside a longest common
 * run are the fewest that moved, the rest kept their relative order.
 */
final class Reordering {
    private Reordering() {
    }

    static List<Reorder> find(List<String> keys, Map<String, Symbol> before, Map<String, Symbol> after) {
        List<String> inA = sorted(keys, before);
        List<String> inB = sorted(keys, after);
        Map<String, Integer> rankInB = ranks(inB);
        int[] ranks = inA.stream().mapToInt(rankInB::get).toArray();
        boolean[] kept = longestIncreasing(ranks);
        Map<String, Integer> rankInA = ranks(inA);
        List<Reorder> moved = new ArrayList<>();
        for (int i = 0; i < inA.size(); i++) {
            if (!kept[i]) {
                String key = inA.get(i);
                moved.add(new Reorder(before.get(key).name(), before.get(key).address(), after.get(key).address(),
                        neighbours(inA, i, before), neighbours(inB, rankInB.get(key), after)));
            }
        }
        moved.sort(Comparator.comparingLong(Reorder::toAddress).thenComparing(Reorder::name));
        return moved;
    }

    private static List<String> sorted(List<String> keys, Map<String, Symbol> symbols) {
        List<String> order = new ArrayList<>(keys);
        order.sort(Comparator.<String>comparingLong(k -> symbols.get(k).address())
                .thenComparing(k -> symbols.get(k).name()).thenComparing(k -> k));
        return order;
    }

    private static Map<String, Integer> ranks(List<String> order) {
        Map<String, Integer> ranks = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            ranks.put(order.get(i), i);
        }
        return ranks;
    }

    private static String neighbours(List<String> order, int i, Map<String, Symbol> symbols) {
        String previous = i > 0 ? symbols.get(order.get(i - 1)).name() : "(start)";
        String next = i + 1 < order.size() ? symbols.get(order.get(i + 1)).name() : "(end)";
        return previous + " .. " + next;
    }

    /** Marks one longest strictly increasing subsequence (patience sorting with back links). */
    static boolean[] longestIncreasing(int[] values) {
        int n = values.length;
        int[] tails = new int[n];
        int[] previous = new int[n];
        int length = 0;
        for (int i = 0; i < n; i++) {
            int lo = 0;
            int hi = length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (values[tails[mid]] < values[i]) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            previous[i] = lo > 0 ? tails[lo - 1] : -1;
            tails[lo] = i;
            length = Math.max(length, lo + 1);
        }
        boolean[] kept = new boolean[n];
        for (int i = length > 0 ? tails[length - 1] : -1; i >= 0; i = previous[i]) {
            kept[i] = true;
        }
        return kept;
    }
}
