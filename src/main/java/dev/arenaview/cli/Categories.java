package dev.arenaview.cli;

import dev.arenaview.model.Arena;
import dev.arenaview.model.Category;
import dev.arenaview.model.Spelling;
import dev.arenaview.source.lmarena.LmarenaData;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** {@code --category} as typed, matched against the categories a board has. */
final class Categories {

    /** More categories than this are counted rather than listed: the text arena has about thirty. */
    private static final int LISTED = 12;

    private Categories() {
    }

    /**
     * The category of the board that the name means (its id or a readable name, any case).
     *
     * @throws UsageException when the board has none of that name: the message suggests the
     *                        nearest and lists its categories, nearest first
     */
    static Category resolve(String name, Arena arena, List<LmarenaData.BoardInfo> boards) throws UsageException {
        for (LmarenaData.BoardInfo b : boards) {
            if (b.category().isCalled(name)) {
                return b.category();
            }
        }
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        List<String> ids = boards.stream().map(b -> b.category().id())
                .sorted(Comparator.comparingInt((String id) -> Spelling.distance(wanted, id)).thenComparing(id -> id))
                .toList();
        String listed = String.join(", ", ids.subList(0, Math.min(LISTED, ids.size())))
                + (ids.size() > LISTED ? " and " + (ids.size() - LISTED) + " more ('arenaview list --arena "
                + arena.id() + "' shows them all)" : "");
        throw new UsageException(Stderr.notFound("category", name, "in the " + arena.id() + " arena",
                Spelling.nearest(name, ids, 3), "its categories: " + listed));
    }

    /** The category a name means before any board is cached: its id as LMArena writes ids. */
    static Category asWritten(String name) {
        return new Category(name.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_"));
    }
}
