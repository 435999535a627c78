package dev.arenaview.app;

import dev.arenaview.model.Arena;
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
import java.util.concurrent.CompletableFuture;

/**
 * The settings and what the window opens on (the cached board of the arena and category last
 * shown, else the bundled one), read on a thread of their own while the JavaFX
 * toolkit starts: on two cores the reading, and the loading of the reader's classes, then no
 * longer wait in line before the window.
 */
record StartData(Settings settings, BoardSource source, BoardSource.AtHand atHand) {

    /** Starts reading (on a daemon thread of the common pool); the window takes the result when it is built. */
    static CompletableFuture<StartData> readInBackground(WindowOptions options) {
        return CompletableFuture.supplyAsync(() -> read(options));
    }

    /** Reads now, on the calling thread. */
    static StartData read(WindowOptions options) {
        Settings settings = Settings.user();
        BoardSource source = source(options, settings);
        Arena arena = source.arenas().contains(settings.arena()) ? settings.arena() : source.arenas().get(0);
        return new StartData(settings, source, source.atHand(arena, settings.category(arena)));
    }

    /** The source of the run: the window's command line over the settings, each source with its own address. */
    static BoardSource source(WindowOptions options, Settings settings) {
        Origin origin = options.origin().orElse(settings.origin());
        URI csvBase = origin == Origin.FBOULNOIS ? options.sourceUrl().orElse(settings.sourceUrl()) : settings.sourceUrl();
        URI hub = origin == Origin.LMARENA ? options.sourceUrl().orElse(hubOf(settings)) : hubOf(settings);
        return source(origin, csvBase, hub);
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
