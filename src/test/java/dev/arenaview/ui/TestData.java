package dev.arenaview.ui;

import dev.arenaview.source.HttpFetcher;
import dev.arenaview.source.LatestData;
import dev.arenaview.source.SnapshotCache;
import dev.arenaview.source.UpstreamSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/** Data services for window tests: a cache in a test folder and an upstream that is local or absent. */
final class TestData {

    private TestData() {
    }

    /** No upstream at all: a port nothing listens on, so every fetch fails at once as offline. */
    static LatestData offline(Path cache) {
        try (ServerSocket socket = new ServerSocket(0)) {
            return at(cache, URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/repo"), Clock.systemUTC());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static LatestData at(Path cache, URI base, Clock clock) {
        return new LatestData(new SnapshotCache(cache),
                new HttpFetcher(new HttpFetcher.Options(Duration.ofSeconds(5), Duration.ofSeconds(5), 1 << 20, 10)),
                new UpstreamSource(base), clock);
    }
}
