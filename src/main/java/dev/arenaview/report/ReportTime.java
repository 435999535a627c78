package dev.arenaview.report;

import dev.arenaview.model.Leaderboard;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * When the report's data was published: an exact instant, or only a day when that is all
 * the data carries (a release tag, a date in a file name).
 */
public final class ReportTime {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Instant instant;
    private final LocalDate date;

    private ReportTime(Instant instant, LocalDate date) {
        this.instant = instant;
        this.date = date;
    }

    /** An exact time, shown to the second. */
    public static ReportTime at(Instant instant) {
        return new ReportTime(Objects.requireNonNull(instant).truncatedTo(ChronoUnit.SECONDS), null);
    }

    /** Only a (UTC) day is known. */
    public static ReportTime onDate(LocalDate date) {
        return new ReportTime(null, Objects.requireNonNull(date));
    }

    /**
     * The time a report of a board gives, for the window and the command line alike: the
     * board's own date when it has one (the data's day, whenever the report is made), else now.
     */
    public static ReportTime of(Leaderboard board, Clock clock) {
        return board != null && board.date().isPresent() ? onDate(board.date().get()) : at(clock.instant());
    }

    /** The day in UTC, for file names. */
    public LocalDate utcDate() {
        return instant != null ? instant.atZone(ZoneOffset.UTC).toLocalDate() : date;
    }

    /**
     * {@code 2025-06-27 11:42:07 UTC / 2025-06-27 19:42:07 CST (北京时间)}, or
     * {@code 2025-06-27 UTC} when only the day is known.
     */
    String format(ReportLanguage language) {
        if (instant == null) {
            return date + " UTC";
        }
        return STAMP.format(instant.atZone(ZoneOffset.UTC)) + " UTC / "
                + STAMP.format(instant.atZone(BEIJING)) + " CST (" + language.text("time.beijing") + ")";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReportTime && Objects.equals(instant, ((ReportTime) o).instant)
                && Objects.equals(date, ((ReportTime) o).date);
    }

    @Override
    public int hashCode() {
        return Objects.hash(instant, date);
    }

    @Override
    public String toString() {
        return instant != null ? instant.toString() : date.toString();
    }
}
