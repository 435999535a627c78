package dev.arenaview.model;

import static dev.arenaview.model.Entries.board;
import static dev.arenaview.model.Entries.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.arenaview.model.Changes.Change;
import dev.arenaview.model.Changes.Kind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ChangesTest {

    static final LocalDate EARLIER_DATE = LocalDate.of(2025, 6, 20);

    static final Leaderboard EARLIER = board(EARLIER_DATE,
            entry("Alpha", 1, 1400, 9000, "X", "MIT"),
            entry("Beta", 2, 1390, 9000, "X", "MIT"),
            entry("Gamma", 3, 1380, 9000, "Y", "MIT"),
            entry("Delta", 4, 1370, 9000, "Y", "MIT"),
            entry("Gone", 5, 1360, 9000, "Z", "MIT"));

    /** Gamma up two, Alpha down one, Newbie new, Delta unmoved, Beta down three; Gone has left. */
    static final Leaderboard CURRENT = board(LocalDate.of(2025, 6, 27),
            entry("Gamma", 1, 1405, 9500, "Y", "MIT"),
            entry("Alpha", 2, 1401, 9500, "X", "MIT"),
            entry("Newbie", 3, 1395, 800, "Z", "MIT"),
            entry("Delta", 4, 1368, 9500, "Y", "MIT"),
            entry("Beta", 5, 1350, 9500, "X", "MIT"));

    static Entry row(Leaderboard board, String model) {
        return board.entries().stream().filter(e -> e.model().equals(model)).findFirst().orElseThrow();
    }

    static List<String> names(List<Entry> rows) {
        return rows.stream().map(Entry::model).collect(Collectors.toList());
    }

    @Test
    void kindsAndDeltasOfEachCurrentRow() {
        Changes changes = Changes.between(EARLIER, CURRENT);
        assertEquals(Optional.of(new Change(Kind.UP, 2, 25)), changes.of(row(CURRENT, "Gamma")));
        assertEquals(Optional.of(new Change(Kind.DOWN, -1, 1)), changes.of(row(CURRENT, "Alpha")));
        assertEquals(Optional.of(new Change(Kind.NEW, 0, 0)), changes.of(row(CURRENT, "Newbie")));
        assertEquals(Optional.of(new Change(Kind.SAME, 0, -2)), changes.of(row(CURRENT, "Delta")));
        assertEquals(Optional.of(new Change(Kind.DOWN, -3, -40)), changes.of(row(CURRENT, "Beta")));
        assertFalse(changes.isEmpty());
    }

    @Test
    void labelsUseTrianglesAnEnDashAndTheCallersWordForNew() {
        Changes changes = Changes.between(EARLIER, CURRENT);
        assertEquals("▲2", changes.label(row(CURRENT, "Gamma"), "new"));
        assertEquals("▼1", changes.label(row(CURRENT, "Alpha"), "new"));
        assertEquals("▼3", changes.label(row(CURRENT, "Beta"), "new"));
        assertEquals("\u2013", changes.label(row(CURRENT, "Delta"), "new"));
        assertEquals("new", changes.label(row(CURRENT, "Newbie"), "new"));
        assertEquals("新", changes.label(row(CURRENT, "Newbie"), "新"));
    }

    @Test
    void goneListsTheEarlierBoardsMissingModelsInItsOrder() {
        Leaderboard earlier = board(EARLIER_DATE, entry("b", 1, 1, 1, "X", "MIT"), entry("kept", 2, 1, 1, "X", "MIT"),
                entry("a", 3, 1, 1, "X", "MIT"));
        Leaderboard current = board(null, entry("kept", 1, 1, 1, "X", "MIT"));
        assertEquals(List.of("b", "a"), names(Changes.between(earlier, current).gone()));
        assertEquals(List.of("Gone"), names(Changes.between(EARLIER, CURRENT).gone()));
        assertEquals(row(EARLIER, "Gone"), Changes.between(EARLIER, CURRENT).gone().get(0));
    }

    @Test
    void summaryCountsAndTheEarlierDate() {
        Changes changes = Changes.between(EARLIER, CURRENT);
        assertEquals(1, changes.newCount());
        assertEquals(1, changes.movedUp());
        assertEquals(2, changes.movedDown());
        assertEquals(Optional.of(EARLIER_DATE), changes.earlierDate());
        assertEquals(Optional.empty(), Changes.between(board(null), CURRENT).earlierDate());
    }

    @Test
    void sortedDescendingNewComesFirstThenTheBiggestRiseAndTheBiggestFallLast() {
        Changes changes = Changes.between(EARLIER, CURRENT);
        List<Entry> rows = new ArrayList<>(CURRENT.entries());
        rows.sort(Comparator.comparingInt(changes::sortKey).reversed());
        assertEquals(List.of("Newbie", "Gamma", "Delta", "Alpha", "Beta"), names(rows));
        rows.sort(Comparator.comparingInt(changes::sortKey));
        assertEquals(List.of("Beta", "Alpha", "Delta", "Gamma", "Newbie"), names(rows));
        assertTrue(Changes.none().sortKey(row(CURRENT, "Beta")) < changes.sortKey(row(CURRENT, "Beta")),
                "rows with no comparison sort after every real change when descending");
    }

    @Test
    void noneComparesNothing() {
        Changes none = Changes.none();
        Entry gamma = row(CURRENT, "Gamma");
        assertTrue(none.isEmpty());
        assertEquals(Optional.empty(), none.of(gamma));
        assertEquals("", none.label(gamma, "new"));
        assertEquals(List.of(), none.gone());
        assertEquals(Optional.empty(), none.earlierDate());
        assertEquals(Optional.empty(), none.earlierEntry(gamma));
        assertEquals(0, none.newCount() + none.movedUp() + none.movedDown());
    }

    @Test
    void aComparisonThatFoundNothingIsNotEmpty() {
        Changes same = Changes.between(CURRENT, CURRENT);
        assertFalse(same.isEmpty());
        assertEquals(List.of(), same.gone());
        assertEquals(0, same.newCount() + same.movedUp() + same.movedDown());
        for (Entry e : CURRENT.entries()) {
            assertEquals("\u2013", same.label(e, "new"), e.model());
        }
    }

    @Test
    void anEmptyEarlierBoardMakesEveryModelNew() {
        Changes changes = Changes.between(board(EARLIER_DATE), CURRENT);
        assertEquals(CURRENT.size(), changes.newCount());
        assertEquals("new", changes.label(row(CURRENT, "Gamma"), "new"));
    }

    @Test
    void aNameListedTwiceIsMatchedByItsFirstRow() {
        Leaderboard earlier = board(EARLIER_DATE, entry("Twin", 2, 1300, 1, "X", "MIT"), entry("Other", 3, 1200, 1, "X", "MIT"),
                entry("Twin", 9, 1100, 1, "X", "MIT"));
        Leaderboard current = board(null, entry("Twin", 1, 1310, 1, "X", "MIT"), entry("Other", 3, 1200, 1, "X", "MIT"),
                entry("Twin", 4, 1000, 1, "X", "MIT"));
        Changes changes = Changes.between(earlier, current);
        assertEquals(Optional.of(new Change(Kind.UP, 1, 10)), changes.of(current.entries().get(0)));
        assertEquals(Optional.of(new Change(Kind.DOWN, -2, -300)), changes.of(current.entries().get(2)),
                "a repeated row is compared with the earlier board's first row of that name");
        assertEquals(earlier.entries().get(0), changes.earlierEntry(current.entries().get(2)).orElseThrow());
        assertEquals(1, changes.movedUp(), "a model is counted once");
        assertEquals(0, changes.movedDown());
        assertEquals(List.of(), changes.gone(), "a repeated earlier row is not a departure");
    }

    @Test
    void namesMatchExactly() {
        Leaderboard earlier = board(EARLIER_DATE, entry("gpt-4o", 1, 1, 1, "X", "MIT"));
        Leaderboard current = board(null, entry("GPT-4o", 1, 1, 1, "X", "MIT"));
        Changes changes = Changes.between(earlier, current);
        assertEquals(Kind.NEW, changes.of(current.entries().get(0)).orElseThrow().kind());
        assertEquals(List.of("gpt-4o"), names(changes.gone()));
    }

    @Test
    void aChangeWhoseDeltasContradictItsKindIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Change(Kind.UP, -1, 0));
        assertThrows(IllegalArgumentException.class, () -> new Change(Kind.DOWN, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new Change(Kind.SAME, 2, 0));
        assertThrows(IllegalArgumentException.class, () -> new Change(Kind.NEW, 0, 5));
    }

    @org.junit.jupiter.api.Test
    void upperBoundRanksAreComparedAsPositionsWithALaterPositionalBoard() {
        Leaderboard june = new Leaderboard(java.util.List.of(Entries.entry("A", 1, 1450, 1, "X", "MIT"),
                Entries.entry("B", 1, 1440, 1, "X", "MIT"), Entries.entry("C", 3, 1400, 1, "X", "MIT")),
                Schema.B, java.util.Optional.empty(), java.util.Optional.empty(), DataSource.file("lmsys.csv"));
        Leaderboard august = new Leaderboard(java.util.List.of(Entries.entry("A", 1, 1455, 1, "X", "MIT"),
                Entries.entry("B", 2, 1445, 1, "X", "MIT"), Entries.entry("C", 3, 1405, 1, "X", "MIT")),
                Schema.C, java.util.Optional.empty(), java.util.Optional.empty(), DataSource.file("lmarena_text.csv"));
        Changes c = Changes.between(june, august);
        for (Entry e : august.entries()) {
            org.junit.jupiter.api.Assertions.assertEquals(Changes.Kind.SAME, c.of(e).orElseThrow().kind(), e.model());
        }
    }
}
