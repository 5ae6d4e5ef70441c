package dev.kallsyms.generator.core;

/**
 * Sorts an array of indices with a comparator on them, without boxing: a merge sort that skips a merge
 * when the two halves are already in order, so that a map read in address order (nm -n) costs one
 * comparison per index.
 */
final class IndexSort {
    /** Compares the things two indices stand for. */
    interface Order {
        int compare(int a, int b);
    }

    private IndexSort() {
    }

    static void sort(int[] a, Order order) {
        if (a.length > 1) {
            sort(a, a.clone(), 0, a.length, order);
        }
    }

    /** Sorts a[from, to) using tmp (holding the same values there) as the other buffer. */
    private static void sort(int[] a, int[] tmp, int from, int to, Order order) {
        if (to - from < 2) {
            return;
        }
        int mid = (from + to) >>> 1;
        sort(tmp, a, from, mid, order);
        sort(tmp, a, mid, to, order);
        if (order.compare(tmp[mid - 1], tmp[mid]) <= 0) {
            System.arraycopy(tmp, from, a, from, to - from);
            return;
        }
        int i = from;
        int j = mid;
        for (int k = from; k < to; k++) {
            if (j >= to || (i < mid && order.compare(tmp[i], tmp[j]) <= 0)) {
                a[k] = tmp[i++];
            } else {
                a[k] = tmp[j++];
            }
        }
    }
}
