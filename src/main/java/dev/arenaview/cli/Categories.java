package dev.arenaview.cli;

import dev.arenaview.model.Arena;
import dev.arenaview.model.Category;
import dev.arenaview.source.lmarena.LmarenaData;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** {@code --category} as typed, matched against the categories a board has. */
final class Categories {

    private Categories() {
    }

    /**
     * The category of the board that the name means (its id or a readable name, any case).
     *
     * @throws UsageException when the board has none of that name: the message lists its
     *                        categories, nearest first
     */
    static Category resolve(String name, Arena arena, List<LmarenaData.BoardInfo> boards) throws UsageException {
        for (LmarenaData.BoardInfo b : boards) {
            if (b.category().isCalled(name)) {
                return b.category();
            }
        }
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        List<String> nearest = boards.stream().map(b -> b.category().id())
                .sorted(Comparator.comparingInt((String id) -> distance(wanted, id)).thenComparing(id -> id))
                .collect(Collectors.toList());
        String suggestion = nearest.isEmpty() || distance(wanted, nearest.get(0)) > Math.max(2, wanted.length() / 3)
                ? "" : " (did you mean " + nearest.get(0) + "?)";
        throw new UsageException("the " + arena.id() + " board has no category '" + name + "'" + suggestion
                + "; its categories: " + String.join(", ", nearest.subList(0, Math.min(12, nearest.size())))
                + (nearest.size() > 12 ? " and " + (nearest.size() - 12) + " more ('arenaview list --arena "
                + arena.id() + "')" : ""));
    }

    /** The category a name means before any board is cached: its id as LMArena writes ids. */
    static Category asWritten(String name) {
        return new Category(name.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_"));
    }

    /** Edits (insert, delete, replace) from one text to the other. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.length()];
    }
}
