package dev.arenaview.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

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
    /** Each column's keys, computed once by whichever thread first needs them; others wait for that column. */
    private final Map<Column, FutureTask<int[]>> keys = new ConcurrentHashMap<>();

    public SortIndex(List<Entry> rows) {
        this.rows = rows.toArray(new Entry[0]);
    }

    public int size() {
        return rows.length;
    }

    /** The rows in an order, their row numbers, and that order: asked again (a keystroke), they are at hand. */
    private record Sorted(SortOrder order, List<Entry> rows, int[] perm) {
    }

    private volatile Sorted last;

    /** The rows in the given order, unmodifiable. */
    public List<Entry> sorted(SortOrder order) {
        return sortedRows(order).rows();
    }

    private Sorted sortedRows(SortOrder order) {
        Sorted known = last;
        if (known != null && known.order().equals(order)) {
            return known;
        }
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
        Sorted result = new Sorted(order, java.util.Collections.unmodifiableList(Arrays.asList(out)), perm);
        last = result;
        return result;
    }

    /**
     * The rows a filter keeps, in the given order. A search text is looked up in the
     * {@link SearchIndex} of the names (one pass over bytes, whatever the order), and the order's
     * row numbers then pick the rows found, as far as the list is read when the search is all
     * the filter; vendors and licences are tested on the rows found only.
     */
    public List<Entry> rows(SortOrder order, Filter filter) {
        Sorted sorted = sortedRows(order);
        if (!filter.isActive()) {
            return sorted.rows();
        }
        if (filter.search().isEmpty()) {
            return filter.keep(sorted.rows());
        }
        return found(sorted.perm(), searchIndex().matching(filter.search()), filter.withSearch(""));
    }

    /** The rows of {@code perm} that are set in {@code hits} and that {@code rest} keeps, in that order. */
    private List<Entry> found(int[] perm, long[] hits, Filter rest) {
        int count = 0;
        for (long word : hits) {
            count += Long.bitCount(word);
        }
        if (!rest.isActive()) {
            return new Found(perm, hits, count);
        }
        // Vendors or licences filter too, so how many rows are kept is known only by testing
        // them all; few are kept, as a rule, so the list starts small.
        List<Entry> kept = new ArrayList<>(Math.min(count, 1024));
        for (int r : perm) {
            if (SearchIndex.isSet(hits, r) && rest.test(rows[r])) {
                kept.add(rows[r]);
            }
        }
        return kept;
    }

    /**
     * The rows a search found, in an order, picked out only as far as they are asked for. How
     * many there are is known at once (the hits' bit count), and the table asks only for the rows
     * on screen, so a keystroke does not wait for a pass over the whole order. Scrolling on, or a
     * report of all of them, goes on from where the last one stopped. Unmodifiable; safe to read
     * from any thread.
     */
    private final class Found extends java.util.AbstractList<Entry> implements java.util.RandomAccess {

        /** Picked at a time beyond what was asked for: the table asks for a screenful, row by row. */
        private static final int STEP = 256;

        private final int[] order;
        private final long[] hits;
        /** The row numbers found, in the order; the first {@code picked} are known. */
        private final int[] found;
        private int picked;
        /** How far into {@code order} the rows have been looked at. */
        private int looked;

        Found(int[] order, long[] hits, int count) {
            this.order = order;
            this.hits = hits;
            this.found = new int[count];
        }

        @Override
        public int size() {
            return found.length;
        }

        @Override
        public synchronized Entry get(int index) {
            java.util.Objects.checkIndex(index, found.length);
            if (index >= picked) {
                // Doubling what is known keeps a scroll from the top to the bottom one pass.
                pickUpTo(Math.min(found.length, Math.max(index + 1, Math.max(picked * 2, picked + STEP))));
            }
            return rows[found[index]];
        }

        private void pickUpTo(int wanted) {
            int p = picked;
            int i = looked;
            while (p < wanted) {
                int r = order[i++];
                if (SearchIndex.isSet(hits, r)) {
                    found[p++] = r;
                }
            }
            picked = p;
            looked = i;
        }
    }

    /**
     * Runs searches as the first keystrokes will (one letter, then two), reads all the rows each
     * found as a scroll to the bottom would, and forgets them. Until the JIT has compiled the
     * search's loops they run in the interpreter, several times slower; done on an idle thread
     * after the load, this leaves the user's first keystrokes the compiled code. Later letters
     * search all names again in the same code (a view is narrowed row by row only when it shows
     * very few). What the index remembers (the last order's rows) is left as it is.
     */
    public void rehearseSearch() {
        if (rows.length == 0) {
            return;
        }
        // The first name's letters, so that the search finds something.
        String name = rows[0].model();
        String text = name.length() >= 2 && Filter.isAscii(name) && name.indexOf('\0') < 0 ? name.substring(0, 2) : "gp";
        Sorted known = last;
        for (int letters = 1; letters <= 2; letters++) {
            long[] hits = searchIndex().matching(text.substring(0, letters));
            if (known != null) {
                List<Entry> found = found(known.perm(), hits, Filter.NONE);
                if (!found.isEmpty()) {
                    found.get(found.size() - 1);
                }
            }
        }
    }

    private SearchIndex search;

    /** Lays the names out for searching now (on a background thread), rather than at the first keystroke. */
    public void prepareSearch() {
        searchIndex();
    }

    private synchronized SearchIndex searchIndex() {
        if (search == null) {
            search = new SearchIndex(rows);
        }
        return search;
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

    /**
     * Works out a column's keys now, for example model names (the slowest to key) on an idle
     * thread after a large file is shown, so that the first click on the header only sorts.
     */
    public void prepareKeys(Column column) {
        keys(column);
    }

    private int[] keys(Column column) {
        // Making the task is cheap, so the map's lock is held only for that; run() does nothing
        // when another thread runs or ran it, and get() then waits for that one.
        FutureTask<int[]> task = keys.computeIfAbsent(column, c -> new FutureTask<>(() -> computeKeys(c)));
        task.run();
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    // A sort in progress finishes, as it did when this was a lock.
                    interrupted = true;
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof RuntimeException ? (RuntimeException) e.getCause()
                            : new IllegalStateException(e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
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

    /** Beyond this many distinct values (model names), rows are sorted rather than values counted. */
    private static final int FEW_VALUES = 4096;

    /** Each row's position among the column's distinct values in {@link Column#TEXT_ORDER}. */
    private int[] textKeys(java.util.function.Function<Entry, String> value) {
        int n = rows.length;
        String[] text = new String[n];
        for (int i = 0; i < n; i++) {
            text[i] = value.apply(rows[i]);
        }
        int[] k = fewValueKeys(text);
        return k != null ? k : manyValueKeys(text);
    }

    /** Vendors and licences: a handful of values, each sorted once. Null when there are many. */
    private static int[] fewValueKeys(String[] text) {
        Map<String, Integer> distinct = new HashMap<>();
        int[] k = new int[text.length];
        for (int i = 0; i < text.length; i++) {
            Integer id = distinct.get(text[i]);
            if (id == null) {
                if (distinct.size() == FEW_VALUES) {
                    return null;
                }
                id = distinct.size();
                distinct.put(text[i], id);
            }
            k[i] = id;
        }
        String[] values = new String[distinct.size()];
        distinct.forEach((v, id) -> values[id] = v);
        Integer[] byText = new Integer[values.length];
        for (int i = 0; i < values.length; i++) {
            byText[i] = i;
        }
        Arrays.sort(byText, (a, b) -> compareText(values[a], values[b]));
        int[] position = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            position[byText[i]] = i;
        }
        for (int i = 0; i < text.length; i++) {
            k[i] = position[k[i]];
        }
        return k;
    }

    /**
     * Model names: nearly every row its own value. The rows are sorted by their names, most
     * comparisons settled by the first sixteen case-folded characters packed into four
     * {@code long}s (no string is folded or allocated), then equal names share a key.
     */
    private static int[] manyValueKeys(String[] text) {
        int n = text.length;
        long[][] prefix = new long[PREFIX_LONGS][n];
        for (int i = 0; i < n; i++) {
            String t = text[i];
            if (hasSurrogate(t)) {
                // Java folds the case of a surrogate pair as one code point, which the packed
                // characters cannot follow; such names are rare enough to sort the plain way.
                return sortedKeys(text, SortIndex::compareText);
            }
            for (int p = 0; p < PREFIX_LONGS; p++) {
                prefix[p][i] = packFolded(t, p * 4);
            }
        }
        return sortedRowKeys(text, (a, b) -> {
            for (long[] p : prefix) {
                int c = Long.compareUnsigned(p[a], p[b]);
                if (c != 0) {
                    return c;
                }
            }
            return compareTextFrom(text[a], text[b], PREFIX_LONGS * 4);
        });
    }

    /** Each row's position in the order of its text, equal texts sharing one. */
    private static int[] sortedKeys(String[] text, java.util.Comparator<String> byText) {
        return sortedRowKeys(text, (a, b) -> byText.compare(text[a], text[b]));
    }

    private static int[] sortedRowKeys(String[] text, IntSort.IntComparator byRow) {
        int n = text.length;
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        IntSort.sort(order, byRow);
        int[] k = new int[n];
        int position = 0;
        for (int i = 0; i < n; i++) {
            if (i > 0 && !text[order[i]].equals(text[order[i - 1]])) {
                position++;
            }
            k[order[i]] = position;
        }
        return k;
    }

    private static final int PREFIX_LONGS = 4;

    private static boolean hasSurrogate(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (Character.isSurrogate(t.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Four case-folded characters from {@code from}, the first in the high bits, so that unsigned
     * order is text order. Past the end counts as character 0: a tie then goes to the full
     * comparison, which tells a shorter name from one with a real character 0.
     */
    private static long packFolded(String t, int from) {
        long packed = 0;
        for (int i = from; i < from + 4; i++) {
            char c = i < t.length() ? t.charAt(i) : 0;
            packed = (packed << 16) | foldChar(c);
        }
        return packed;
    }

    /**
     * {@link #compareText} of two texts whose first {@code from} characters are known to be
     * equal ignoring case; when either is shorter than that, the tie in the packed characters
     * may hide an end of text, so they are compared whole.
     */
    private static int compareTextFrom(String a, String b, int from) {
        if (a.length() < from || b.length() < from) {
            return compareText(a, b);
        }
        int n = Math.min(a.length(), b.length());
        for (int i = from; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                char fx = foldChar(x);
                char fy = foldChar(y);
                if (fx != fy) {
                    return fx - fy;
                }
            }
        }
        return a.length() != b.length() ? a.length() - b.length() : a.compareTo(b);
    }

    private static char foldChar(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /** {@link Column}'s text order: ignoring case, then by exact text. */
    private static int compareText(String a, String b) {
        int c = String.CASE_INSENSITIVE_ORDER.compare(a, b);
        return c != 0 ? c : a.compareTo(b);
    }
}
