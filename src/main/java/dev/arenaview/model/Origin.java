package dev.arenaview.model;

import java.util.Locale;
import java.util.Optional;

/**
 * Who published the data a leaderboard was read from: the report credits it, and the command
 * line's {@code --source} chooses between them.
 */
public enum Origin {
    /** LMArena's own daily dataset on Hugging Face, {@code lmarena-ai/leaderboard-dataset} (CC-BY-4.0). */
    LMARENA("lmarena"),
    /**
     * The daily CSV releases of {@code fboulnois/llm-leaderboard-csv} (stopped in August 2025), and
     * any CSV file in their schemas.
     */
    FBOULNOIS("fboulnois");

    private final String id;

    Origin(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<Origin> fromId(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        for (Origin o : values()) {
            if (o.id.equals(t)) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }
}
