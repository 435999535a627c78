package dev.arenaview.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * How old a leaderboard's data is. Upstream publishes daily, so data older than a week means
 * upstream has stopped publishing or this copy was never refreshed: either way, not today's
 * rankings.
 *
 * @param date    the data's date
 * @param ageDays whole days from the data's date to today (0 for today)
 */
public record Freshness(LocalDate date, long ageDays) {

    /** Older than this, the data is stale. */
    public static final int STALE_AFTER_DAYS = 7;

    public static Optional<Freshness> of(Optional<LocalDate> date, LocalDate today) {
        return date.map(d -> new Freshness(d, Math.max(0, ChronoUnit.DAYS.between(d, today))));
    }

    public boolean isStale() {
        return ageDays > STALE_AFTER_DAYS;
    }
}
