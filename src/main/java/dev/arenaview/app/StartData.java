package dev.arenaview.app;

import dev.arenaview.model.Arena;
import dev.arenaview.model.Category;
import dev.arenaview.model.Leaderboard;
import dev.arenaview.model.Origin;
import dev.arenaview.source.BoardSource;
import dev.arenaview.source.CacheDirs;
import dev.arenaview.source.CsvBoards;
import dev.arenaview.source.HttpFetcher;
import dev.arenaview.source.LatestData;
import dev.arenaview.source.SnapshotCache;
import dev.arenaview.source.UpstreamSource;
import dev.arenaview.source.lmarena.HubSource;
import dev.arenaview.source.lmarena.LmarenaBoards;
import dev.arenaview.source.lmarena.LmarenaData;
import dev.arenaview.ui.shared.Settings;
import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The settings and the leaderboard the window opens on (the cached board of the arena and
 * category last shown, else the bundled one), read on a thread of their own while the JavaFX
 * toolkit starts: on two cores the reading, and the loading of the reader's classes, then no
 * longer wait in line before the window.
 */
record StartData(Settings settings, BoardSource source, Arena arena, Category category, Optional<Leaderboard> board) {

    /** Starts reading (on a daemon thread of the common pool); the window takes the result when it is built. */
    static CompletableFuture<StartData> readInBackground(WindowOptions options) {
        return CompletableFuture.supplyAsync(() -> read(options));
    }

    /** Reads now, on the calling thread. */
    static StartData read(WindowOptions options) {
        Settings settings = Settings.user();
        Origin origin = options.origin().orElse(settings.origin());
        URI csvBase = origin == Origin.FBOULNOIS ? options.sourceUrl().orElse(settings.sourceUrl()) : settings.sourceUrl();
        URI hub = origin == Origin.LMARENA ? options.sourceUrl().orElse(hubOf(settings)) : hubOf(settings);
        BoardSource source = source(origin, csvBase, hub);
        Arena arena = source.arenas().contains(settings.arena()) ? settings.arena() : source.arenas().get(0);
        Category category = settings.category(arena);
        // A category no longer cached (or of another source) opens on the arena's overall board.
        Optional<Leaderboard> board = source.offline(arena, category)
                .or(() -> category.isOverall() ? Optional.empty() : source.offline(arena, Category.OVERALL));
        return new StartData(settings, source, arena, category, board);
    }

    /** The settings' Hugging Face address; when left at the default, {@code HF_ENDPOINT} as the command line reads it. */
    private static URI hubOf(Settings settings) {
        URI set = settings.hubUrl();
        return set.equals(HubSource.DEFAULT_ENDPOINT) ? HubSource.defaultEndpoint(System.getenv()) : set;
    }

    /** The data service of a source: the user's cache, the network, the clock. */
    static BoardSource source(Origin origin, URI csvBase, URI hub) {
        LatestData csv = new LatestData(new SnapshotCache(CacheDirs.defaultDir()), new HttpFetcher(),
                new UpstreamSource(csvBase), Clock.systemUTC());
        if (origin == Origin.FBOULNOIS) {
            return new CsvBoards(csv);
        }
        return new LmarenaBoards(new LmarenaData(CacheDirs.defaultDir(), new HttpFetcher(), new HubSource(hub),
                Clock.systemUTC(), csv));
    }
}
