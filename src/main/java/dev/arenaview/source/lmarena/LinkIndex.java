package dev.arenaview.source.lmarena;

import dev.arenaview.model.Entry;
import dev.arenaview.model.Leaderboard;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Model pages for LMArena's boards, which publish none: the link of the same model name (ignoring
 * case) in the newest CSV snapshot that has it. A model without one is shown unlinked, as a CSV
 * row without {@code url} is.
 */
final class LinkIndex {

    static final LinkIndex NONE = new LinkIndex(Map.of());

    private final Map<String, String> byName;

    private LinkIndex(Map<String, String> byName) {
        this.byName = byName;
    }

    /** The links of CSV leaderboards, the one to prefer first (the newest of the same arena). */
    static LinkIndex of(List<Leaderboard> preferredFirst) {
        Map<String, String> byName = new HashMap<>();
        for (Leaderboard board : preferredFirst) {
            for (Entry e : board.entries()) {
                if (!e.url().isBlank()) {
                    byName.putIfAbsent(key(e.model()), e.url());
                }
            }
        }
        return new LinkIndex(Map.copyOf(byName));
    }

    /** The model's page, or "" when no snapshot links the name. */
    String url(String model) {
        return byName.getOrDefault(key(model), "");
    }

    private static String key(String model) {
        return model.strip().toLowerCase(Locale.ROOT);
    }
}
