package dev.arenaview.source;

import dev.arenaview.model.Arena;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * The addresses of the upstream project's releases, relative to a repository base that can
 * be replaced by a mirror ({@code --source-url}): {@code BASE/releases/latest/download/ASSET}
 * and {@code BASE/releases/download/TAG/ASSET}.
 */
public final class UpstreamSource {

    public static final URI DEFAULT_BASE = URI.create("https://github.com/fboulnois/llm-leaderboard-csv");

    /** The last release whose asset is {@code lmsys.csv} (text arena only). */
    static final LocalDate LAST_LMSYS_RELEASE = LocalDate.of(2025, 7, 18);

    private static final DateTimeFormatter TAG = DateTimeFormatter.ofPattern("yyyy.MM.dd");

    private final String base;

    public UpstreamSource(URI base) {
        String text = Objects.requireNonNull(base).toString();
        this.base = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    public URI base() {
        return URI.create(base);
    }

    /** The newest release's file of an arena. */
    public URI latest(Arena arena) {
        return URI.create(base + "/releases/latest/download/" + latestAsset(arena));
    }

    /** One day's release of an arena. */
    public URI onDate(Arena arena, LocalDate date) {
        return URI.create(base + "/releases/download/" + tag(date) + "/" + asset(arena, date));
    }

    public static String latestAsset(Arena arena) {
        return "lmarena_" + arena.csvId().orElseThrow(() -> new IllegalArgumentException(
                "the CSV releases have no " + arena.id() + " arena")) + ".csv";
    }

    /**
     * The asset of a day's release: {@code lmsys.csv} up to 2025.07.18 (only the text arena
     * existed), {@code lmarena_<arena>.csv} after.
     *
     * @throws IllegalArgumentException for a vision or image arena before it was published
     */
    public static String asset(Arena arena, LocalDate date) {
        if (!date.isAfter(LAST_LMSYS_RELEASE)) {
            if (arena != Arena.TEXT) {
                throw new IllegalArgumentException("the " + arena.id() + " arena was first published after "
                        + tag(LAST_LMSYS_RELEASE) + "; releases up to then hold only the text arena");
            }
            return "lmsys.csv";
        }
        return latestAsset(arena);
    }

    /** {@code 2025.08.04}. */
    public static String tag(LocalDate date) {
        return TAG.format(date);
    }
}
