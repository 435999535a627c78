package dev.arenaview.source.lmarena;

import dev.arenaview.model.Arena;
import dev.arenaview.model.Category;
import dev.arenaview.model.Leaderboard;
import dev.arenaview.model.Origin;
import dev.arenaview.source.BoardSource;
import dev.arenaview.source.CancelToken;
import dev.arenaview.source.FetchException;
import dev.arenaview.source.HistoryLoader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * LMArena's dataset as the window's source: every board and category. Past boards, the
 * comparison's dates and the history chart read the {@code full} split, which the window
 * downloads only after asking ({@link #fetchHistory}).
 */
public final class LmarenaBoards implements BoardSource {

    private final LmarenaData data;

    public LmarenaBoards(LmarenaData data) {
        this.data = Objects.requireNonNull(data);
    }

    public LmarenaData data() {
        return data;
    }

    @Override
    public Origin origin() {
        return Origin.LMARENA;
    }

    @Override
    public List<Arena> arenas() {
        return Arrays.asList(Arena.values());
    }

    @Override
    public List<Category> categories(Arena arena) {
        List<Category> categories = data.boards(arena).stream().map(LmarenaData.BoardInfo::category).toList();
        return categories.isEmpty() ? List.of(Category.OVERALL) : categories;
    }

    @Override
    public Optional<Leaderboard> offline(Arena arena, Category category) {
        return data.offline(arena, category);
    }

    @Override
    public Optional<Instant> lastCheck(Arena arena) {
        return data.lastCheck(arena);
    }

    @Override
    public Fetched refresh(Arena arena, Category category, CancelToken cancel, Progress progress) throws FetchException {
        LmarenaData.Refreshed refreshed = data.refresh(arena, cancel, progress::bytes);
        List<Category> categories = refreshed.boards().stream().map(LmarenaData.BoardInfo::category).toList();
        Category shown = categories.contains(category) ? category : categories.get(0);
        Leaderboard board = data.cached(arena, shown).orElseThrow(() -> new FetchException(FetchException.Kind.CACHE,
                HubSource.PAGE, "the " + arena.id() + " board's " + shown + " category was fetched but cannot be read"
                + " back from the cache " + data.boardsFolder(arena)));
        return new Fetched(board, refreshed.changed(), categories);
    }

    @Override
    public boolean historyAtHand(Arena arena) {
        return data.hasHistory(arena);
    }

    @Override
    public long historySize(Arena arena, CancelToken cancel) throws FetchException {
        return data.historySize(arena, cancel);
    }

    @Override
    public void fetchHistory(Arena arena, CancelToken cancel, Progress progress) throws FetchException {
        data.fetchHistory(arena, cancel, progress::bytes);
    }

    @Override
    public List<LocalDate> dates(Arena arena, Category category) {
        try {
            return data.publishedDates(arena, category);
        } catch (FetchException e) {
            // A damaged history offers no dates; using it says why.
            return List.of();
        }
    }

    @Override
    public Leaderboard day(Arena arena, Category category, LocalDate date, CancelToken cancel, Progress progress)
            throws FetchException {
        return data.onDate(arena, category, date, cancel, progress::bytes);
    }

    @Override
    public Optional<Leaderboard> previous(Leaderboard board) {
        if (board.arena().isEmpty() || !data.hasHistory(board.arena().get())) {
            return Optional.empty();
        }
        try {
            return data.previous(board, CancelToken.none(), LmarenaData.Progress.NONE);
        } catch (FetchException e) {
            return Optional.empty();
        }
    }

    @Override
    public HistoryLoader.Loaded history(Arena arena, Category category) throws FetchException {
        return new HistoryLoader.Loaded(data.history(arena, category, CancelToken.none(), LmarenaData.Progress.NONE),
                List.of());
    }
}
