package dev.arenaview.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import org.junit.jupiter.api.Test;

/**
 * The table's rows tell their listeners (the table, its selection, the charts) exactly what a
 * swap did, as JavaFX's own lists would: every old row removed, the new ones added in their place.
 */
class RowListTest {

    /** What one listener saw of one change: from, to, removed, added, replaced. */
    private record Seen(int from, int to, List<String> removed, List<String> added, boolean replaced) {
    }

    private static List<Seen> watch(ObservableList<String> list) {
        List<Seen> seen = new ArrayList<>();
        list.addListener((ListChangeListener<String>) c -> {
            while (c.next()) {
                assertFalse(c.wasPermutated());
                assertFalse(c.wasUpdated());
                seen.add(new Seen(c.getFrom(), c.getTo(), List.copyOf(c.getRemoved()), List.copyOf(c.getAddedSubList()),
                        c.wasReplaced()));
            }
        });
        return seen;
    }

    @Test
    void aSwapIsOneChangeThatRemovesTheOldRowsAndAddsTheNew() {
        RowList<String> rows = new RowList<>();
        rows.replace(List.of("a", "b", "c"));
        List<Seen> first = watch(rows);
        List<Seen> second = watch(rows);

        rows.replace(List.of("c", "d"));

        Seen expected = new Seen(0, 2, List.of("a", "b", "c"), List.of("c", "d"), true);
        assertEquals(List.of(expected), first);
        // Every listener gets the change from its start.
        assertEquals(List.of(expected), second);
        assertEquals(List.of("c", "d"), List.copyOf(rows));
    }

    @Test
    void showingRowsWhereThereWereNoneOnlyAddsAndShowingNoneOnlyRemoves() {
        RowList<String> rows = new RowList<>();
        List<Seen> seen = watch(rows);

        rows.replace(List.of("a", "b"));
        rows.replace(List.of());
        rows.replace(List.of());

        assertEquals(List.of(
                new Seen(0, 2, List.of(), List.of("a", "b"), false),
                new Seen(0, 0, List.of("a", "b"), List.of(), false)), seen);
        assertTrue(rows.isEmpty());
    }

    @Test
    void aSwapDoesNotGoThroughTheRowsItRemoves() {
        // A million rows were copied one by one into the change on the window thread at every
        // header click and keystroke on a large file. A listener that only asks how many rows
        // went (as the table does) must not make the swap read them.
        int[] read = {0};
        List<String> million = new java.util.AbstractList<>() {
            @Override
            public String get(int index) {
                read[0]++;
                return "row " + index;
            }

            @Override
            public int size() {
                return 1_000_000;
            }
        };
        RowList<String> rows = new RowList<>();
        rows.replace(million);
        int[] removedSizes = {0};
        rows.addListener((ListChangeListener<String>) c -> {
            while (c.next()) {
                removedSizes[0] += c.getRemovedSize();
            }
        });
        read[0] = 0;

        rows.replace(List.of("a"));

        assertEquals(1_000_000, removedSizes[0]);
        assertEquals(0, read[0], "old rows read by the swap");
    }

    @Test
    void theRemovedRowsCannotBeChangedThroughTheChange() {
        RowList<String> rows = new RowList<>();
        rows.replace(new ArrayList<>(List.of("a", "b")));
        rows.addListener((ListChangeListener<String>) c -> {
            assertThrows(IllegalStateException.class, c::getRemoved, "before next()");
            assertTrue(c.next());
            assertThrows(UnsupportedOperationException.class, () -> c.getRemoved().clear());
            assertFalse(c.next());
            assertThrows(IllegalStateException.class, c::getFrom, "after the last change");
        });
        rows.replace(List.of("c"));
    }

    @Test
    void listsBuiltOnTheRowsFollowASwap() {
        RowList<String> rows = new RowList<>();
        rows.replace(List.of("b", "a", "c"));
        SortedList<String> sorted = new SortedList<>(rows, String::compareTo);
        FilteredList<String> filtered = new FilteredList<>(sorted, s -> !s.equals("d"));
        List<Seen> seen = watch(filtered);

        rows.replace(List.of("e", "d", "f", "a"));

        assertEquals(List.of("a", "e", "f"), List.copyOf(filtered));
        assertEquals(List.of("a", "e", "f"), seen.stream().flatMap(s -> s.added().stream()).sorted().toList());
    }
}
