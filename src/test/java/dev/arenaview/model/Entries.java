package dev.arenaview.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Builds entries and leaderboards for tests with only the values a test cares about. */
public final class Entries {

    private Entries() {
    }

    public static Entry entry(String model, int rank, int score, int votes, String vendor, String license) {
        return new Entry(rank, rank, model, score, new ConfidenceInterval(5, 5), votes, vendor, license,
                KnowledgeCutoff.parse("Unknown"), "https://example.org/" + model);
    }

    public static Entry withCi(Entry e, ConfidenceInterval ci) {
        return new Entry(e.rank(), e.rankStyleCtrl(), e.model(), e.score(), ci, e.votes(), e.organization(),
                e.license(), e.cutoff(), e.url());
    }

    public static Entry withCutoff(Entry e, String cutoff) {
        return new Entry(e.rank(), e.rankStyleCtrl(), e.model(), e.score(), e.ci(), e.votes(), e.organization(),
                e.license(), KnowledgeCutoff.parse(cutoff), e.url());
    }

    public static Entry withUrl(Entry e, String url) {
        return new Entry(e.rank(), e.rankStyleCtrl(), e.model(), e.score(), e.ci(), e.votes(), e.organization(),
                e.license(), e.cutoff(), url);
    }

    /** A text-arena leaderboard of the given rows in that order; {@code date} may be null (undated). */
    public static Leaderboard board(Schema schema, LocalDate date, Entry... entries) {
        return new Leaderboard(List.of(entries), schema, Optional.of(Arena.TEXT), Optional.ofNullable(date),
                DataSource.file("test.csv"));
    }

    /** A schema B leaderboard (UB and style-control ranks) of the given rows. */
    public static Leaderboard board(LocalDate date, Entry... entries) {
        return board(Schema.B, date, entries);
    }
}
