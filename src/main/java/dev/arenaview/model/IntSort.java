package dev.arenaview.model;

/**
 * A stable merge sort of {@code int}s (row numbers) by a comparator on them, so a million
 * rows sort without boxing each row number into an {@code Integer}.
 */
final class IntSort {

    /** Compares two row numbers. */
    @FunctionalInterface
    interface IntComparator {
        int compare(int a, int b);
    }

    /** Runs up to this length are sorted by insertion, which is faster than merging them. */
    private static final int INSERTION_RUN = 24;

    private IntSort() {
    }

    static void sort(int[] a, IntComparator c) {
        int[] scratch = a.clone();
        mergeSort(scratch, a, 0, a.length, c);
    }

    /** Sorts {@code src[from, to)} into {@code dst[from, to)}; both hold the same values on entry. */
    private static void mergeSort(int[] src, int[] dst, int from, int to, IntComparator c) {
        if (to - from <= INSERTION_RUN) {
            for (int i = from + 1; i < to; i++) {
                int v = dst[i];
                int j = i - 1;
                while (j >= from && c.compare(dst[j], v) > 0) {
                    dst[j + 1] = dst[j];
                    j--;
                }
                dst[j + 1] = v;
            }
            return;
        }
        int mid = (from + to) >>> 1;
        mergeSort(dst, src, from, mid, c);
        mergeSort(dst, src, mid, to, c);
        if (c.compare(src[mid - 1], src[mid]) <= 0) {
            System.arraycopy(src, from, dst, from, to - from);
            return;
        }
        for (int i = from, p = from, q = mid; i < to; i++) {
            if (q >= to || (p < mid && c.compare(src[p], src[q]) <= 0)) {
                dst[i] = src[p++];
            } else {
                dst[i] = src[q++];
            }
        }
    }
}
