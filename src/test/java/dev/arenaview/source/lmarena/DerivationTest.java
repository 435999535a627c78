package dev.arenaview.source.lmarena;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.arenaview.model.Arena;
import dev.arenaview.model.Category;
import dev.arenaview.model.ConfidenceInterval;
import dev.arenaview.model.DataSource;
import dev.arenaview.model.Entry;
import dev.arenaview.model.Leaderboard;
import dev.arenaview.model.Schema;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rank (UB), score, interval and StyleCtrl rank worked out as LMArena does. */
class DerivationTest {

    static final LocalDate DAY = LocalDate.of(2026, 10, 2);

    static RatingRow rated(String model, double rating, double lower, double upper) {
        return new RatingRow(model, "openai", "Proprietary", Category.OVERALL, DAY, rating, lower, upper, 100);
    }

    static Leaderboard board(List<RatingRow> rows, List<RatingRow> style) {
        return Derivation.board(Arena.TEXT, Category.OVERALL, DAY, rows, style, LinkIndex.NONE, DataSource.file("x"));
    }

    @Test
    void theRankCountsTheModelsWhoseLowerBoundIsAboveThisUpperBound() {
        List<RatingRow> rows = List.of(rated("a", 1500, 1490, 1510), rated("b", 1495, 1485, 1505),
                rated("c", 1470, 1465, 1489.9), rated("d", 1470, 1465, 1490), rated("e", 1300, 1200, 1500));
        // c's upper 1489.9 is below a's lower 1490; d's 1490 is not (equal is not above).
        assertArrayEquals(new int[] {1, 1, 2, 1, 1}, Derivation.upperBoundRanks(rows));
    }

    @Test
    void scoresAndIntervalsAreRoundedAndABoardWithoutIntervalsRanksByRating() {
        Entry e = board(List.of(rated("a", 1433.5, 1424.67, 1442.25)), List.of()).entries().get(0);
        assertEquals(1434, e.score());
        assertEquals(new ConfidenceInterval(9, 9), e.ci(), "U = round(8.75), L = round(8.83)");
        Leaderboard old = board(List.of(rated("x", 1100, Double.NaN, Double.NaN), rated("y", 1200, Double.NaN, Double.NaN),
                rated("z", 1200, Double.NaN, Double.NaN)), List.of());
        assertEquals(List.of("y", "z", "x"), old.entries().stream().map(Entry::model).toList());
        assertEquals(List.of(1, 1, 3), old.entries().stream().map(Entry::rank).toList(), "ties share a place");
        assertEquals(ConfidenceInterval.UNKNOWN, old.entries().get(0).ci());
    }

    @Test
    void theStyleCtrlRankIsTheTwinsRankAndAbsentWithoutOne() {
        List<RatingRow> rows = List.of(rated("a", 1500, 1495, 1505), rated("b", 1400, 1395, 1405));
        Leaderboard withTwin = board(rows, List.of(rated("b", 1500, 1495, 1505), rated("a", 1400, 1395, 1405),
                rated("a", 1300, 1295, 1305)));
        assertEquals(Schema.B, withTwin.schema());
        assertEquals(List.of(2, 1), withTwin.entries().stream().map(Entry::rankStyleCtrl).toList(),
                "a listed twice on the twin: its better row counts");
        Leaderboard alone = board(rows, List.of());
        assertEquals(Schema.A, alone.schema(), "no StyleCtrl column");
        assertEquals(List.of(Entry.NO_RANK, Entry.NO_RANK), alone.entries().stream().map(Entry::rankStyleCtrl).toList());
    }
}
