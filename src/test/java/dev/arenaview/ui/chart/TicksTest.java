package dev.arenaview.ui.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TicksTest {

    @Test
    void scoreTicksAreRoundAndCoverTheRange() {
        assertArrayEquals(new double[] {1100, 1200, 1300, 1400, 1500}, Ticks.linear(1123, 1487, 5));
        assertArrayEquals(new double[] {1440, 1450, 1460, 1470, 1480}, Ticks.linear(1441, 1476, 4));
        assertArrayEquals(new double[] {0, 0.1, 0.2, 0.3}, Ticks.linear(0, 0.3, 3));
    }

    @Test
    void aSingleValueStillGetsAnAxis() {
        double[] ticks = Ticks.linear(1400, 1400, 4);
        assertEquals(true, ticks[0] < 1400 && ticks[ticks.length - 1] > 1400);
    }

    @Test
    void voteTicksOnALogAxisAreOneTwoFive() {
        assertArrayEquals(new double[] {5000, 10000, 20000}, Ticks.log(2345, 41234, 12));
        assertArrayEquals(new double[] {5000, 10000, 50000, 100000}, Ticks.log(1300, 200000, 6),
                "seven at 1-2-5: 1 and 5 only");
        assertArrayEquals(new double[] {1000, 10000, 100000}, Ticks.log(150, 900000, 4),
                "four decades: powers of ten only");
    }

    @Test
    void dateTicksFallOnRoundDates() {
        LocalDate from = LocalDate.of(2024, 5, 14);
        LocalDate to = LocalDate.of(2025, 8, 4);
        Ticks.DateStep step = Ticks.dateStep(from, to, 6);
        assertEquals(Ticks.DateStep.QUARTER, step);
        assertEquals(List.of(LocalDate.of(2024, 7, 1), LocalDate.of(2024, 10, 1), LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 4, 1), LocalDate.of(2025, 7, 1)), Ticks.dates(from, to, step));
        assertEquals(Ticks.DateStep.DAY, Ticks.dateStep(LocalDate.of(2025, 8, 1), LocalDate.of(2025, 8, 4), 6));
    }
}
