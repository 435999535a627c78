package dev.arenaview.source;

import dev.arenaview.model.Arena;
import dev.arenaview.model.Category;
import dev.arenaview.model.Leaderboard;
import dev.arenaview.model.Origin;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Where the window's boards come from: LMArena's dataset or the CSV releases, behind one set of
 * questions (what is at hand, fetch the newest, a past day, the history). Only
 * {@link #refresh}, {@link #fetchHistory}, {@link #historySize} and {@link #day} may use the
 * network; everything else reads the cache. Call it off the window thread.
 */
public interface BoardSource {

    /** Hears how a download goes: which part, the bytes so far, and its size (-1 when unknown). */
    @FunctionalInterface
    interface Progress {
        Progress NONE = (part, done, total) -> { };

        void bytes(String part, long done, long total);
    }

    /**
     * What a refresh brought.
     *
     * @param board      the board of the category asked for (overall when the arena has no such category)
     * @param changed    whether upstream had something the cache did not
     * @param categories the arena's categories now cached, overall first
     */
    record Fetched(Leaderboard board, boolean changed, List<Category> categories) {
        public Fetched {
            categories = List.copyOf(categories);
        }
    }

    /**
     * What the cache has of an arena, as the window opens it on a category.
     *
     * @param categories the arena's categories at hand, overall first
     * @param category   the category asked for, or overall when the arena has no such category
     * @param lastCheck  when the arena was last checked upstream
     * @param board      the category's board at hand, else the fallback of {@link #offline}; empty when none
     */
    record AtHand(Arena arena, List<Category> categories, Category category, Optional<Instant> lastCheck,
                  Optional<Leaderboard> board) {
        public AtHand {
            categories = List.copyOf(categories);
        }
    }

    Origin origin();

    /** The boards this source publishes, in the order the window offers them. */
    List<Arena> arenas();

    /** The arena's categories at hand, overall first; just overall before the arena was ever fetched. */
    List<Category> categories(Arena arena);

    /** What to show without the network: the category's cached board, else a fallback (the bundled board). */
    Optional<Leaderboard> offline(Arena arena, Category category);

    /** When the arena was last checked upstream. */
    Optional<Instant> lastCheck(Arena arena);

    /** Everything the window shows of an arena and category before any fetch, from the cache. */
    default AtHand atHand(Arena arena, Category wanted) {
        List<Category> known = categories(arena);
        // A category the arena does not have (remembered from another source) falls back to overall.
        Category chosen = known.contains(wanted) ? wanted : Category.OVERALL;
        return new AtHand(arena, known, chosen, lastCheck(arena), offline(arena, chosen));
    }

    /** Fetches what changed upstream for the arena; the cache is as it was when this throws. */
    Fetched refresh(Arena arena, Category category, CancelToken cancel, Progress progress) throws FetchException;

    /** Whether past boards and the history of the arena can be read without a download. */
    boolean historyAtHand(Arena arena);

    /** How many bytes {@link #fetchHistory} would download (0 when at hand). */
    long historySize(Arena arena, CancelToken cancel) throws FetchException;

    /** Downloads the arena's history and keeps it, when not at hand. */
    void fetchHistory(Arena arena, CancelToken cancel, Progress progress) throws FetchException;

    /** The category's published dates at hand, newest first; no download. */
    List<LocalDate> dates(Arena arena, Category category);

    /** The category's board published on a day (or the last before it), fetched when not at hand. */
    Leaderboard day(Arena arena, Category category, LocalDate date, CancelToken cancel, Progress progress)
            throws FetchException;

    /** The board published before this one, from what is at hand only; empty when none is. */
    Optional<Leaderboard> previous(Leaderboard board);

    /** Every board of the category at hand, oldest first, and the files that could not be used. */
    HistoryLoader.Loaded history(Arena arena, Category category) throws FetchException;
}
