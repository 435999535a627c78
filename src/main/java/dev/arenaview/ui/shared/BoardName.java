package dev.arenaview.ui.shared;

import dev.arenaview.model.Arena;
import dev.arenaview.model.Category;
import dev.arenaview.model.Leaderboard;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Which board is shown, as dialogs and charts name it: "Text · Coding · 2026-12-05".
 *
 * @param arena    the arena, when known (a local file may not say)
 * @param category the category of the votes
 * @param date     the publish date, when known
 */
public record BoardName(Optional<Arena> arena, Category category, Optional<LocalDate> date) {

    public static BoardName of(Leaderboard board) {
        return board == null ? new BoardName(Optional.empty(), Category.OVERALL, Optional.empty())
                : new BoardName(board.arena(), board.category(), board.date());
    }

    /** The arena and category in the window's language, and the date: "Text · Coding · 2026-12-05". */
    public String describe(Messages messages) {
        return arenaAndCategory(messages) + date.map(d -> " \u00b7 " + d).orElse("");
    }

    /** The arena and category in the window's language: "Text · Coding". */
    public String arenaAndCategory(Messages messages) {
        return arena.map(a -> messages.get("arena." + a.id()) + " \u00b7 ").orElse("")
                + category.displayName(messages.language().locale());
    }
}
