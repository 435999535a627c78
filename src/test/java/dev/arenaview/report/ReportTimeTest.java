package dev.arenaview.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.arenaview.model.DataSource;
import dev.arenaview.model.Leaderboard;
import dev.arenaview.model.Schema;
import dev.arenaview.source.BundledData;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The time a report gives is the data's day, whoever makes the report and whenever. */
class ReportTimeTest {

    private final Clock later = Clock.fixed(Instant.parse("2026-12-08T10:15:30.250Z"), ZoneOffset.UTC);

    @Test
    void aDatedBoardsReportGivesItsDayAndAnUndatedOneTheTimeItWasMade() {
        assertEquals("2025-06-27", ReportTime.of(BundledData.load(), later).toString());
        Leaderboard undated = new Leaderboard(List.of(), Schema.B, Optional.empty(), Optional.empty(),
                DataSource.file("mine.csv"));
        assertEquals("2026-12-08T10:15:30Z", ReportTime.of(undated, later).toString());
    }
}
