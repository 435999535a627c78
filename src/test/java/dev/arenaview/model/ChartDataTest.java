package dev.arenaview.model;

import static dev.arenaview.model.Entries.entry;
import static dev.arenaview.model.Entries.withCi;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.arenaview.model.ChartData.Interval;
import dev.arenaview.model.ChartData.VendorStat;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartDataTest {

    static final List<Entry> ROWS = List.of(
            withCi(entry("Alpha", 1, 1450, 9000, "X", "MIT"), new ConfidenceInterval(6, 4)),
            entry("Beta", 2, 1440, 8000, "Y", "Proprietary"),
            withCi(entry("Gamma", 3, 1430, 100, "X", "MIT"), ConfidenceInterval.UNKNOWN),
            entry("Delta", 4, 1420, 7000, "Z", ""),
            entry("Epsilon", 5, 1460, 500, "Y", "Proprietary"));

    @Test
    void intervalsAreTheFirstRowsInTheirOrderWithBothEnds() {
        List<Interval> top = ChartData.topIntervals(ROWS, 3);
        assertEquals(List.of("Alpha", "Beta", "Gamma"), top.stream().map(i -> i.entry().model()).toList());
        assertEquals(new Interval(ROWS.get(0), 1446, 1456), top.get(0));
        assertEquals(1435, top.get(1).low());
        assertEquals(1445, top.get(1).high());
    }

    @Test
    void anUnknownIntervalIsOnlyTheScore() {
        Interval gamma = ChartData.topIntervals(ROWS, 5).get(2);
        assertFalse(gamma.known());
        assertEquals(1430, gamma.low());
        assertEquals(1430, gamma.high());
        assertTrue(ChartData.topIntervals(ROWS, 5).get(0).known());
    }

    @Test
    void fewerRowsThanAskedGiveThemAllAndNoneIsNoChart() {
        assertEquals(5, ChartData.topIntervals(ROWS, 30).size());
        assertTrue(ChartData.topIntervals(List.of(), 30).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> ChartData.topIntervals(ROWS, 0));
    }

    @Test
    void vendorsCountTheirModelsAndKeepTheirBest() {
        List<VendorStat> vendors = ChartData.vendors(ROWS);
        assertEquals(List.of("Y", "X", "Z"), vendors.stream().map(VendorStat::vendor).toList(),
                "two models each: Y has the higher best score; then Z with one");
        VendorStat y = vendors.get(0);
        assertEquals(2, y.models());
        assertEquals("Epsilon", y.best().model());
        assertEquals(1460, y.bestScore());
        assertEquals("Alpha", vendors.get(1).best().model());
        assertEquals(1, vendors.get(2).models());
    }

    @Test
    void aTieOnTheBestScoreKeepsTheFirstRow() {
        List<Entry> tied = List.of(entry("First", 1, 1400, 10, "V", "MIT"), entry("Second", 2, 1400, 10, "V", "MIT"));
        assertEquals("First", ChartData.vendors(tied).get(0).best().model());
    }

    @Test
    void groupedVendorsCountEverySpellingAsOne() {
        // With vendors grouped in the window, DeepSeek and DeepSeek AI are one bar.
        List<Entry> rows = List.of(entry("R1", 1, 1420, 10, "DeepSeek", "MIT"),
                entry("V3", 2, 1400, 10, "DeepSeek AI", "MIT"), entry("G", 3, 1390, 10, "Google", "Proprietary"));
        List<VendorStat> grouped = ChartData.vendors(rows, e -> Taxonomy.standard().vendor(e.organization()));
        assertEquals(List.of("DeepSeek", "Google"), grouped.stream().map(VendorStat::vendor).toList());
        assertEquals(2, grouped.get(0).models());
        assertEquals("R1", grouped.get(0).best().model());
        assertEquals(3, ChartData.vendors(rows).size(), "as published: three spellings");
    }
}
