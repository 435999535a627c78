package dev.arenaview.app;

import dev.arenaview.model.Leaderboard;
import dev.arenaview.source.CacheDirs;
import dev.arenaview.source.HttpFetcher;
import dev.arenaview.source.LatestData;
import dev.arenaview.source.SnapshotCache;
import dev.arenaview.source.UpstreamSource;
import dev.arenaview.ui.shared.Settings;
import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The settings and the leaderboard the window opens on (the newest cached one, else the
 * bundled one), read on a thread of their own while the JavaFX toolkit starts: on two cores the
 * reading, and the loading of the reader's classes, then no longer wait in line before the window.
 */
record StartData(Settings settings, LatestData data, Optional<Leaderboard> board) {

    /** Starts reading (on a daemon thread of the common pool); the window takes the result when it is built. */
    static CompletableFuture<StartData> readInBackground() {
        return CompletableFuture.supplyAsync(StartData::read);
    }

    /** Reads now, on the calling thread. */
    static StartData read() {
        Settings settings = Settings.user();
        LatestData data = latestData(settings.sourceUrl());
        return new StartData(settings, data, data.offline(settings.arena()));
    }

    /** The data service for a source address: the user's cache, the network, the clock. */
    static LatestData latestData(URI source) {
        return new LatestData(new SnapshotCache(CacheDirs.defaultDir()), new HttpFetcher(), new UpstreamSource(source),
                Clock.systemUTC());
    }
}
