package dev.arenaview.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A leaderboard as read from one CSV: its rows in file order and what is known about it.
 *
 * @param entries the rows, in the order of the file
 * @param schema  the header schema found
 * @param arena   the arena, when the file name says it
 * @param date    the data's date, when the file name (or release) carries one
 * @param source  where it was read from
 */
public record Leaderboard(List<Entry> entries, Schema schema, Optional<Arena> arena, Optional<LocalDate> date,
                          DataSource source) {

    public Leaderboard {
        entries = List.copyOf(entries);
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(arena, "arena");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(source, "source");
    }

    public int size() {
        return entries.size();
    }
}
