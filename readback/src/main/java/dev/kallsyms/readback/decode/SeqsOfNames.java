package dev.kallsyms.readback.decode;

import dev.kallsyms.readback.DecodedSymbol;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * kallsyms_seqs_of_names: per entry three bytes, most significant first, giving table indexes in the order of
 * their names (then address, then index), so that the kernel can binary-search a name. Since that order has no
 * ties, the table must be exactly the one permutation that sorts the decoded entries.
 */
final class SeqsOfNames {
    private static final String LLVM_SUFFIX = ".llvm.";

    private SeqsOfNames() {
    }

    /** Returns whether the order matched with the LTO name clean-up (only tried when {@code allowLto}). */
    static boolean check(TableRegion seqs, List<DecodedSymbol> symbols, boolean ltoClang, boolean allowLto,
                         Defects defects) {
        int count = symbols.size();
        int[] stored = read(seqs, count, defects);
        if (stored == null) {
            return false;
        }
        if (ltoClang) {
            return report(stored, sortedOrder(symbols, true), "with .llvm. suffixes removed", defects);
        }
        Defects plain = new Defects();
        if (report(stored, sortedOrder(symbols, false), "", plain) || !allowLto) {
            plain.list().forEach(defects::add);
            return false;
        }
        Defects lto = new Defects();
        report(stored, sortedOrder(symbols, true), "", lto);
        if (lto.isEmpty()) {
            return true;
        }
        plain.list().forEach(defects::add);
        return false;
    }

    private static int[] read(TableRegion seqs, int count, Defects defects) {
        if ((long) count * 3 > seqs.available()) {
            defects.add(String.format("kallsyms_seqs_of_names has room for %d entries, not %d",
                    seqs.available() / 3, count));
            return null;
        }
        int[] stored = new int[count];
        boolean[] seen = new boolean[count];
        for (int i = 0; i < count; i++) {
            int seq = (seqs.u8(3 * i) << 16) | (seqs.u8(3 * i + 1) << 8) | seqs.u8(3 * i + 2);
            stored[i] = seq;
            if (seq >= count) {
                defects.add(String.format("kallsyms_seqs_of_names[%d] = %d is not an index below %d", i, seq,
                        count));
            } else if (seen[seq]) {
                defects.add(String.format("kallsyms_seqs_of_names[%d] = %d appears twice", i, seq));
            } else {
                seen[seq] = true;
            }
        }
        return stored;
    }

    /** True when the stored order is the sorted one; otherwise one defect naming the first difference. */
    private static boolean report(int[] stored, int[] sorted, String how, Defects defects) {
        for (int i = 0; i < sorted.length; i++) {
            if (stored[i] != sorted[i]) {
                defects.add(String.format("kallsyms_seqs_of_names[%d] = %d, but sorting the names%s puts entry %d"
                        + " there", i, stored[i], how.isEmpty() ? "" : " " + how, sorted[i]));
                return false;
            }
        }
        return true;
    }

    private static int[] sortedOrder(List<DecodedSymbol> symbols, boolean ltoClang) {
        String[] keys = new String[symbols.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = ltoClang ? withoutLlvmSuffix(symbols.get(i).name()) : symbols.get(i).name();
        }
        // ISO-8859-1 chars compare as unsigned bytes, as strcmp does.
        Comparator<Integer> byName = Comparator.comparing(i -> keys[i]);
        Comparator<Integer> order = byName
                .thenComparing((a, b) -> Long.compareUnsigned(symbols.get(a).address(), symbols.get(b).address()))
                .thenComparingInt(i -> i);
        Integer[] indexes = new Integer[keys.length];
        Arrays.setAll(indexes, i -> i);
        Arrays.sort(indexes, order);
        return Arrays.stream(indexes).mapToInt(Integer::intValue).toArray();
    }

    private static String withoutLlvmSuffix(String name) {
        int at = name.indexOf(LLVM_SUFFIX);
        return at < 0 ? name : name.substring(0, at);
    }
}
