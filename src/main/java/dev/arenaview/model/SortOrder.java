package dev.arenaview.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The order of a view: sort keys applied one after another, then the file's own order
 * (the sort is stable).
 */
public record SortOrder(List<Key> keys) {

    /** One sort key: a column and its direction. */
    public record Key(Column column, boolean ascending) {
        @Override
        public String toString() {
            return column.id() + (ascending ? ":asc" : ":desc");
        }
    }

    /** The leaderboard's own order: rank, then score from best to worst. */
    public static final SortOrder DEFAULT = new SortOrder(List.of(new Key(Column.RANK, true), new Key(Column.SCORE, false)));

    /** Keeps the file's order. */
    public static final SortOrder FILE_ORDER = new SortOrder(List.of());

    public SortOrder {
        keys = List.copyOf(keys);
    }

    public Comparator<Entry> comparator() {
        Comparator<Entry> result = (a, b) -> 0;
        for (Key key : keys) {
            result = result.thenComparing(key.column().comparator(key.ascending()));
        }
        return result;
    }

    /** A sorted copy of the rows; equal rows keep their order. */
    public List<Entry> sort(List<Entry> rows) {
        return keys.isEmpty() ? new ArrayList<>(rows) : new ArrayList<>(new SortIndex(rows).sorted(this));
    }

    @Override
    public String toString() {
        return keys.stream().map(Key::toString).collect(Collectors.joining(", "));
    }
}
