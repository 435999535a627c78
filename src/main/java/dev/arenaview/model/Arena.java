package dev.arenaview.model;

import java.util.Locale;
import java.util.Optional;

/** The arenas upstream publishes a leaderboard for. */
public enum Arena {
    TEXT, VISION, IMAGE;

    /** Lower-case name as used in upstream file names ({@code lmarena_text.csv}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Arena> fromId(String id) {
        for (Arena arena : values()) {
            if (arena.id().equalsIgnoreCase(id.trim())) {
                return Optional.of(arena);
            }
        }
        return Optional.empty();
    }
}
