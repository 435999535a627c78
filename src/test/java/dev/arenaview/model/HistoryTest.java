package dev.arenaview.model;

import static dev.arenaview.model.Entries.board;
import static dev.arenaview.model.Entries.entry;
import static dev.arenaview.model.Entries.withCi;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.arenaview.model.History.Point;
import dev.arenaview.model.History.Series;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryTest {

    static final LocalDate JUNE = LocalDate.of(2025, 6, 27);
    static final LocalDate JULY = LocalDate.of(2025, 7, 18);
    static final LocalDate AUGUST = LocalDate.of(2025, 8, 4);

    static final Leaderboard B_JUNE = board(JUNE,
            entry("Alpha", 1, 1450, 9000, "X", "MIT"),
            entry("Beta", 1, 1446, 8000, "Y", "Proprietary"),
            entry("Gamma", 3, 1400, 100, "X", "MIT"));
    static final Leaderboard B_JULY = board(JULY,
            entry("Beta", 1, 1455, 9000, "Y", "Proprietary"),
            entry("Alpha", 1, 1452, 9500, "X", "MIT"));
    /** Schema C: rank is the row position. Gamma is back, level with Alpha. */
    static final Leaderboard C_AUGUST = board(Schema.C, AUGUST,
            withCi(entry("Beta", 1, 1460, 9900, "Y", "Proprietary"), new ConfidenceInterval(3, 2)),
            entry("Alpha", 2, 1420, 9900, "X", "MIT"),
            entry("Gamma", 3, 1420, 900, "X", "MIT"));

    @Test
    void aModelsPointsAreInDateOrderWhateverOrderTheBoardsCameIn() {
        History history = History.of(List.of(C_AUGUST, B_JUNE, B_JULY));
        assertEquals(List.of(JUNE, JULY, AUGUST), history.dates());
        Series beta = history.series("Beta");
        assertEquals(List.of(new Point(JUNE, 1446, new ConfidenceInterval(5, 5), 2, 3),
                new Point(JULY, 1455, new ConfidenceInterval(5, 5), 1, 2),
                new Point(AUGUST, 1460, new ConfidenceInterval(3, 2), 1, 3)), beta.points());
        assertEquals(1458, beta.points().get(2).low());
        assertEquals(1463, beta.points().get(2).high());
    }

    @Test
    void aModelMissingFromASnapshotHasNoPointThere() {
        History history = History.of(List.of(B_JUNE, B_JULY, C_AUGUST));
        assertEquals(List.of(JUNE, AUGUST), history.series("Gamma").points().stream().map(Point::date).toList());
        assertTrue(history.series("Nobody").points().isEmpty());
    }

    @Test
    void theRankIsThePlaceByScoreSoSchemasCompareAndTiesShare() {
        History history = History.of(List.of(B_JUNE, C_AUGUST));
        // Published UB rank 1 for both in June; by score Alpha is first and Beta second.
        assertEquals(1, history.series("Alpha").points().get(0).rank());
        assertEquals(2, history.series("Beta").points().get(0).rank());
        // Alpha and Gamma level in August: both second, though Gamma's row says 3.
        assertEquals(2, history.series("Alpha").points().get(1).rank());
        assertEquals(2, history.series("Gamma").points().get(1).rank());
    }

    @Test
    void seriesComeInTheOrderAsked() {
        History history = History.of(List.of(B_JUNE, B_JULY));
        assertEquals(List.of("Gamma", "Alpha"), history.series(List.of("Gamma", "Alpha")).stream()
                .map(Series::model).toList());
    }

    @Test
    void anUndatedBoardCannotBePartOfAHistory() {
        assertThrows(IllegalArgumentException.class, () -> History.of(List.of(board(null, entry("A", 1, 1, 1, "X", "")))));
        assertTrue(History.empty().isEmpty());
    }
}
