package dev.arenaview.source;

import dev.arenaview.model.Arena;
import dev.arenaview.model.Category;
import dev.arenaview.model.Leaderboard;
import dev.arenaview.model.Origin;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The CSV releases of {@code fboulnois/llm-leaderboard-csv} as the window's source: three
 * arenas, the overall category only, and a history that is the cached daily snapshots.
 */
public final class CsvBoards implements BoardSource {

    private final LatestData data;

    public CsvBoards(LatestData data) {
        this.data = Objects.requireNonNull(data);
    }

    public LatestData data() {
        return data;
    }

    @Override
    public Origin origin() {
        return Origin.FBOULNOIS;
    }

    @Override
    public List<Arena> arenas() {
        return Arena.csvArenas();
    }

    @Override
    public List<Category> categories(Arena arena) {
        return List.of(Category.OVERALL);
    }

    @Override
    public Optional<Leaderboard> offline(Arena arena, Category category) {
        return data.offline(arena);
    }

    @Override
    public Optional<Instant> lastCheck(Arena arena) {
        return data.lastCheck(arena);
    }

    @Override
    public Fetched refresh(Arena arena, Category category, CancelToken cancel, Progress progress) throws FetchException {
        LatestData.Outcome outcome = data.refresh(arena, cancel);
        return new Fetched(outcome.board(), outcome.result() == LatestData.Result.NEW, List.of(Category.OVERALL));
    }

    @Override
    public boolean historyAtHand(Arena arena) {
        return true;
    }

    @Override
    public long historySize(Arena arena, CancelToken cancel) {
        return 0;
    }

    @Override
    public void fetchHistory(Arena arena, CancelToken cancel, Progress progress) {
        // The history is the snapshots already cached; a past day is fetched by itself.
    }

    @Override
    public List<LocalDate> dates(Arena arena, Category category) {
        List<LocalDate> dates = new ArrayList<>();
        for (Snapshot s : data.cache().history(arena)) {
            s.date().filter(d -> !dates.contains(d)).ifPresent(dates::add);
        }
        dates.sort(Comparator.reverseOrder());
        return dates;
    }

    @Override
    public Leaderboard day(Arena arena, Category category, LocalDate date, CancelToken cancel, Progress progress)
            throws FetchException {
        return data.day(arena, date, cancel);
    }

    @Override
    public Optional<Leaderboard> previous(Leaderboard board) {
        return data.previous(board.arena().orElse(Arena.TEXT), board.date());
    }

    @Override
    public HistoryLoader.Loaded history(Arena arena, Category category) {
        return HistoryLoader.fromCache(data.cache(), arena);
    }
}
