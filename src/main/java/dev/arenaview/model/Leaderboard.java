package dev.arenaview.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A leaderboard: one board's rows of one category on one day, in the order they were read, and
 * what is known about them.
 *
 * @param entries  the rows, in the order of the file
 * @param schema   what the rank columns mean (the header schema of a CSV)
 * @param arena    the arena, when the file name or the dataset says it
 * @param date     the data's date, when the file name (or release, or dataset) carries one
 * @param source   where it was read from
 * @param category the category of the votes ({@link Category#OVERALL} for every CSV)
 * @param origin   who published it, for the report's credit
 */
public record Leaderboard(List<Entry> entries, Schema schema, Optional<Arena> arena, Optional<LocalDate> date,
                          DataSource source, Category category, Origin origin) {

    public Leaderboard {
        entries = List.copyOf(entries);
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(arena, "arena");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(origin, "origin");
    }

    /** A leaderboard read from a CSV in the releases' schemas: the overall category. */
    public Leaderboard(List<Entry> entries, Schema schema, Optional<Arena> arena, Optional<LocalDate> date,
                       DataSource source) {
        this(entries, schema, arena, date, source, Category.OVERALL, Origin.FBOULNOIS);
    }

    public int size() {
        return entries.size();
    }

    /** The same board with other rows (the rest of it is kept). */
    public Leaderboard withEntries(List<Entry> rows, Schema schemaOfRows) {
        return new Leaderboard(rows, schemaOfRows, arena, date, source, category, origin);
    }

    /** The same board, known to be of this arena and date. */
    public Leaderboard withArenaAndDate(Optional<Arena> newArena, Optional<LocalDate> newDate) {
        return new Leaderboard(entries, schema, newArena, newDate, source, category, origin);
    }

    /** The same board, read from another place. */
    public Leaderboard withSource(DataSource newSource) {
        return new Leaderboard(entries, schema, arena, date, newSource, category, origin);
    }
}
