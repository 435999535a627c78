package dev.arenaview.model;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sorts one list of rows by any {@link SortOrder}, fast enough for a million rows on a header
 * click. Each column is turned once into an {@code int} key per row (names into their position
 * in {@link Column}'s text order), so a sort is a sort of primitive {@code long}s instead of a
 * comparator walking through {@code Entry} accessors a few million times. The keys are kept, so
 * sorting the same rows again by a column already seen costs only the primitive sort.
 *
 * <p>The result is exactly the order of {@link SortOrder#comparator()}, ties keeping the rows'
 * order. Safe to share between threads; the keys are computed on first use.
 */
public final class SortIndex {

    /** The key of a missing value: after every present one, whichever way the column is sorted. */
    private static final int MISSING = Integer.MAX_VALUE;

    private final Entry[] rows;
    private final Map<Column, int[]> keys = new HashMap<>();

    public SortIndex(List<Entry> rows) {
        this.rows = rows.toArray(new Entry[0]);
    }

    public int size() {
        return rows.length;
    }

    /** The rows in the given order; a new list each time. */
    public List<Entry> sorted(SortOrder order) {
        int n = rows.length;
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        if (!order.keys().isEmpty()) {
            sortRange(perm, 0, n, order.keys(), 0, new long[n]);
        }
        Entry[] out = new Entry[n];
        for (int i = 0; i < n; i++) {
            out[i] = rows[perm[i]];
        }
        return Arrays.asList(out);
    }

    /**
     * Sorts {@code perm[from, to)} by key number {@code level}, then each run of equal keys by
     * the next key. The row index in the low half of each packed long makes the sort stable.
     */
    private void sortRange(int[] perm, int from, int to, List<SortOrder.Key> order, int level, long[] scratch) {
        SortOrder.Key key = order.get(level);
        int[] column = keys(key.column());
        boolean ascending = key.ascending();
        for (int i = from; i < to; i++) {
            int row = perm[i];
            scratch[i] = ((long) directed(column[row], ascending) << 32) | row;
        }
        Arrays.sort(scratch, from, to);
        for (int i = from; i < to; i++) {
            perm[i] = (int) scratch[i];
        }
        if (level + 1 == order.size()) {
            return;
        }
        int start = from;
        for (int i = from + 1; i <= to; i++) {
            if (i == to || (scratch[i] >>> 32) != (scratch[start] >>> 32)) {
                if (i - start > 1) {
                    sortRange(perm, start, i, order, level + 1, scratch);
                }
                start = i;
            }
        }
    }

    private static int directed(int key, boolean ascending) {
        // ~key reverses the order without the overflow of -key; missing values stay last.
        return ascending || key == MISSING ? key : ~key;
    }

    private synchronized int[] keys(Column column) {
        return keys.computeIfAbsent(column, this::computeKeys);
    }

    private int[] computeKeys(Column column) {
        int n = rows.length;
        int[] k = new int[n];
        switch (column) {
            case RANK:
                for (int i = 0; i < n; i++) {
                    k[i] = present(rows[i].rank());
                }
                return k;
            case SCORE:
                for (int i = 0; i < n; i++) {
                    k[i] = present(rows[i].score());
                }
                return k;
            case VOTES:
                for (int i = 0; i < n; i++) {
                    k[i] = present(rows[i].votes());
                }
                return k;
            case RANK_STYLECTRL:
                for (int i = 0; i < n; i++) {
                    k[i] = rows[i].hasRankStyleCtrl() ? present(rows[i].rankStyleCtrl()) : MISSING;
                }
                return k;
            case CI:
                for (int i = 0; i < n; i++) {
                    ConfidenceInterval ci = rows[i].ci();
                    k[i] = ci.isKnown() ? present(ci.width()) : MISSING;
                }
                return k;
            case CUTOFF:
                for (int i = 0; i < n; i++) {
                    java.time.YearMonth m = rows[i].cutoff().month();
                    k[i] = m == null ? MISSING : m.getYear() * 12 + m.getMonthValue() - 1;
                }
                return k;
            case MODEL:
                return textKeys(Entry::model);
            case ORGANIZATION:
                return textKeys(Entry::organization);
            case LICENSE:
                return textKeys(Entry::license);
            default:
                throw new AssertionError(column);
        }
    }

    /** Keeps a (never seen) value of Integer.MAX_VALUE from passing for a missing one. */
    private static int present(int value) {
        return value == MISSING ? MISSING - 1 : value;
    }

    /** Each row's position among the column's distinct values in {@link Column#TEXT_ORDER}. */
    private int[] textKeys(java.util.function.Function<Entry, String> value) {
        int n = rows.length;
        Map<String, Integer> distinct = new HashMap<>();
        int[] k = new int[n];
        for (int i = 0; i < n; i++) {
            k[i] = distinct.computeIfAbsent(value.apply(rows[i]), v -> distinct.size());
        }
        int d = distinct.size();
        String[] values = new String[d];
        distinct.forEach((v, id) -> values[id] = v);
        // Folded once per value, so sorting compares with String.compareTo (an intrinsic)
        // rather than folding both sides' characters on every comparison.
        String[] folded = new String[d];
        Integer[] byText = new Integer[d];
        for (int i = 0; i < d; i++) {
            folded[i] = fold(values[i]);
            byText[i] = i;
        }
        Arrays.sort(byText, (a, b) -> {
            int c = folded[a].compareTo(folded[b]);
            return c != 0 ? c : values[a].compareTo(values[b]);
        });
        int[] position = new int[d];
        for (int i = 0; i < d; i++) {
            position[byText[i]] = i;
        }
        for (int i = 0; i < n; i++) {
            k[i] = position[k[i]];
        }
        return k;
    }

    /**
     * The string {@link String#CASE_INSENSITIVE_ORDER} compares: each character upper- then
     * lower-cased on its own (not {@code toLowerCase()}, which may change the length).
     */
    static String fold(String s) {
        char[] c = null;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            char f = Character.toLowerCase(Character.toUpperCase(ch));
            if (f != ch) {
                if (c == null) {
                    c = s.toCharArray();
                }
                c[i] = f;
            }
        }
        return c == null ? s : new String(c);
    }
}
