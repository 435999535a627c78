package dev.arenaview.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.arenaview.model.Arena;
import dev.arenaview.model.Leaderboard;
import dev.arenaview.model.Schema;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fetching, caching and history against a real HTTP server on 127.0.0.1. */
class LatestDataTest {

    static final String HEADER = "rank,rank_stylectrl,model,arena_score,95_pct_ci,votes,organization,license,knowledge_cutoff,url\n";
    static final String DAY1 = HEADER + "1,1,Alpha,1450,+4/-4,9000,A Corp,MIT,,https://a.example\n"
            + "2,1,Beta,1440,+4/-4,8000,B Corp,Proprietary,,https://b.example\n";
    static final String DAY2 = HEADER + "1,1,Beta,1460,+4/-4,9500,B Corp,Proprietary,,https://b.example\n"
            + "2,2,Alpha,1450,+4/-4,9100,A Corp,MIT,,https://a.example\n"
            + "3,3,Gamma,1400,+5/-5,500,C Corp,MIT,,https://c.example\n";

    static final String LATEST = "/repo/releases/latest/download/lmarena_text.csv";

    @TempDir
    Path cacheDir;

    TestServer server;
    SnapshotCache cache;
    Clock clock = Clock.fixed(Instant.parse("2025-08-05T09:00:00Z"), ZoneOffset.UTC);

    @BeforeEach
    void start() throws IOException {
        server = new TestServer();
        cache = new SnapshotCache(cacheDir);
    }

    /** Holds a stalling stand-in's answer until the test ends: a stall with no time of its own. */
    private final java.util.concurrent.CountDownLatch stalled = new java.util.concurrent.CountDownLatch(1);

    @AfterEach
    void stop() {
        stalled.countDown();
        server.close();
    }

    private void stall() throws InterruptedException {
        stalled.await(60, java.util.concurrent.TimeUnit.SECONDS);
    }

    LatestData data(HttpFetcher.Options options) {
        return new LatestData(cache, new HttpFetcher(options), new UpstreamSource(server.base()), clock);
    }

    LatestData data() {
        return data(new HttpFetcher.Options(Duration.ofSeconds(5), Duration.ofSeconds(5), 1 << 20, 10));
    }

    /** For the time-out tests: give up after half a second without data. */
    LatestData impatient() {
        return data(new HttpFetcher.Options(Duration.ofSeconds(5), Duration.ofMillis(500), 1 << 20, 10));
    }

    /** The release as GitHub serves it: latest → tagged release → opaque asset address. */
    void publish(String tag, String body, String etag) {
        server.redirect(LATEST, "/repo/releases/download/" + tag + "/lmarena_text.csv");
        server.redirect("/repo/releases/download/" + tag + "/lmarena_text.csv", "/assets/" + etag);
        server.file("/assets/" + etag, body, "\"" + etag + "\"");
    }

    /** Every file of the cache with a hash of its bytes, to see that a failure changed nothing. */
    Map<String, String> cacheContents() throws Exception {
        Map<String, String> files = new TreeMap<>();
        if (!Files.exists(cacheDir)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(cacheDir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(cacheDir.relativize(p).toString(),
                        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
            }
        }
        return files;
    }

    @Test
    void redirectChainCarriesTheReleaseDateIntoTheCache() throws Exception {
        publish("2025.08.04", DAY1, "v1");
        LatestData.Outcome outcome = data().refresh(Arena.TEXT, CancelToken.none());
        assertEquals(LatestData.Result.NEW, outcome.result());
        assertEquals(Optional.of(LocalDate.of(2025, 8, 4)), outcome.board().date());
        assertEquals(Optional.of(Arena.TEXT), outcome.board().arena());
        assertEquals(Schema.C, outcome.board().schema());
        assertEquals(2, outcome.board().size());
        assertEquals(1, cache.history(Arena.TEXT).size());
        assertTrue(outcome.snapshot().file().getFileName().toString().startsWith("2025-08-04-"));
        assertEquals(Optional.of(clock.instant()), data().lastCheck(Arena.TEXT));
        assertTrue(server.requests.get(0).userAgent().startsWith("ArenaViewer/"), server.requests.get(0).userAgent());
    }

    @Test
    void anUnchangedFileIsNotDownloadedAgain() throws Exception {
        publish("2025.08.04", DAY1, "v1");
        data().refresh(Arena.TEXT, CancelToken.none());
        server.requests.clear();
        LatestData.Outcome again = data().refresh(Arena.TEXT, CancelToken.none());
        assertEquals(LatestData.Result.UNCHANGED, again.result());
        assertEquals("\"v1\"", server.requests.get(server.requests.size() - 1).ifNoneMatch(), "a conditional request");
        assertEquals(2, again.board().size());
        assertEquals(1, cache.history(Arena.TEXT).size());
    }

    @Test
    void identicalReleasesOnTwoDaysAreOneSnapshotAndNewDataIsASecond() throws Exception {
        publish("2025.08.04", DAY1, "v1");
        data().refresh(Arena.TEXT, CancelToken.none());
        publish("2025.08.05", DAY1, "v1-again");
        assertEquals(LatestData.Result.UNCHANGED, data().refresh(Arena.TEXT, CancelToken.none()).result());
        assertEquals(1, cache.history(Arena.TEXT).size());
        assertEquals(Optional.of(LocalDate.of(2025, 8, 4)), cache.history(Arena.TEXT).get(0).date(),
                "dated by the first release that carried it");

        publish("2025.08.06", DAY2, "v2");
        LatestData.Outcome newer = data().refresh(Arena.TEXT, CancelToken.none());
        assertEquals(LatestData.Result.NEW, newer.result());
        List<Snapshot> history = cache.history(Arena.TEXT);
        assertEquals(2, history.size());
        assertEquals(Optional.of(history.get(0)), cache.before(history.get(1)));
        assertEquals(3, data().newestCached(Arena.TEXT).orElseThrow().size());
    }

    @Test
    void notFoundLeavesTheCache() throws Exception {
        LatestData data = data();
        publish("2025.08.04", DAY1, "v1");
        data.refresh(Arena.TEXT, CancelToken.none());
        // Forget the validators, so that the next request is not answered by a 304.
        cache.saveState(Arena.TEXT, SnapshotCache.State.NONE);
        server.route("/assets/v1", exchange -> TestServer.send(exchange, 404, "text/plain", new byte[0]));
        Map<String, String> before = cacheContents();
        FetchException e = assertThrows(FetchException.class, () -> data.refresh(Arena.TEXT, CancelToken.none()));
        assertEquals(FetchException.Kind.NOT_FOUND, e.kind());
        assertTrue(e.getMessage().contains("not found (404)"), e.getMessage());
        assertEquals(before, cacheContents());
    }

    @Test
    void serverErrorLeavesTheCache() throws Exception {
        LatestData data = data();
        publish("2025.08.04", DAY1, "v1");
        data.refresh(Arena.TEXT, CancelToken.none());
        server.route(LATEST, exchange -> TestServer.send(exchange, 500, "text/plain", "oops".getBytes()));
        Map<String, String> before = cacheContents();
        FetchException e = assertThrows(FetchException.class, () -> data.refresh(Arena.TEXT, CancelToken.none()));
        assertEquals(FetchException.Kind.HTTP_STATUS, e.kind());
        assertTrue(e.getMessage().startsWith("server error 500 from 127.0.0.1"), e.getMessage());
        assertEquals(before, cacheContents());
    }

    @Test
    void aServerThatStallsTimesOut() throws Exception {
        publish("2025.08.04", DAY1, "v1");
        data().refresh(Arena.TEXT, CancelToken.none());
        cache.saveState(Arena.TEXT, SnapshotCache.State.NONE);
        Map<String, String> before = cacheContents();
        server.route("/assets/v1", exchange -> stall());
        FetchException e = assertThrows(FetchException.class, () -> impatient().refresh(Arena.TEXT, CancelToken.none()));
        assertEquals(FetchException.Kind.TIMEOUT, e.kind());
        assertEquals(before, cacheContents());
    }

    @Test
    void aBodyThatStopsComingTimesOut() throws Exception {
        server.redirect(LATEST, "/repo/releases/download/2025.08.04/lmarena_text.csv");
        server.route("/repo/releases/download/2025.08.04/lmarena_text.csv", exchange -> {
            byte[] half = DAY1.substring(0, 40).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, DAY1.length());
            OutputStream out = exchange.getResponseBody();
            out.write(half);
            out.flush();
            stall();
        });
        FetchException e = assertThrows(FetchException.class, () -> impatient().refresh(Arena.TEXT, CancelToken.none()));
        assertEquals(FetchException.Kind.TIMEOUT, e.kind());
        assertTrue(e.getMessage().contains("stalled"), e.getMessage());
        assertEquals(Map.of(), cacheContents());
    }

    @Test
    void aBodyCutShortIsRefused() throws Exception {
        server.route(LATEST, exchange -> {
            exchange.sendResponseHeaders(200, DAY1.length() + 500);
            OutputStream out = exchange.getResponseBody();
            out.write(DAY1.getBytes(StandardCharsets.UTF_8));
            out.flush();
            // Closing the exchange now ends the connection 500 bytes short.
        });
        FetchException e = assertThrows(FetchException.class, () -> data().refresh(Arena.TEXT, CancelToken.none()));
        assertEquals(FetchException.Kind.TRUNCATED, e.kind(), e.getMessage());
        assertEquals(Map.of(), cacheContents());
    }

    @Test
    void anHtmlPageIsNotKept() throws Exception {
        publish("2025.08.04", DAY1, "v1");
        data().refresh(Arena.TEXT, CancelToken.none());
        server.route(LATEST, exchange -> TestServer.send(exchange, 200, "text/html",
                "<!DOCTYPE html><html><body>Sign in to GitHub</body></html>".getBytes(StandardCharsets.UTF_8)));
        cache.saveState(Arena.TEXT, SnapshotCache.State.NONE);
        Map<String, String> before = cacheContents();
        FetchException e = assertThrows(FetchException.class, () -> data().refresh(Arena.TEXT, CancelToken.none()));
        assertEquals(FetchException.Kind.NOT_A_LEADERBOARD, e.kind());
        assertTrue(e.getMessage().contains("this is an HTML or XML page"), e.getMessage());
        assertEquals(before, cacheContents());
    }

    @Test
    void anOversizedBodyIsRefused() throws Exception {
        String big = HEADER + "x".repeat(5_000);
        server.route(LATEST, exchange -> TestServer.send(exchange, 200, "text/csv", big.getBytes(StandardCharsets.UTF_8)));
        LatestData small = data(new HttpFetcher.Options(Duration.ofSeconds(2), Duration.ofSeconds(2), 1_000, 10));
        FetchException declared = assertThrows(FetchException.class, () -> small.refresh(Arena.TEXT, CancelToken.none()));
        assertEquals(FetchException.Kind.TOO_LARGE, declared.kind());

        server.route(LATEST, exchange -> {
            exchange.sendResponseHeaders(200, 0); // chunked: no length announced
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(big.getBytes(StandardCharsets.UTF_8));
            }
        });
        FetchException streamed = assertThrows(FetchException.class, () -> small.refresh(Arena.TEXT, CancelToken.none()));
        assertEquals(FetchException.Kind.TOO_LARGE, streamed.kind());
        assertEquals(Map.of(), cacheContents());
    }

    @Test
    void aRedirectLoopIsCaught() throws Exception {
        server.redirect(LATEST, "/repo/a");
        server.redirect("/repo/a", "/repo/b");
        server.redirect("/repo/b", "/repo/a");
        FetchException e = assertThrows(FetchException.class, () -> data().refresh(Arena.TEXT, CancelToken.none()));
        assertEquals(FetchException.Kind.REDIRECT, e.kind());
        assertTrue(e.getMessage().startsWith("redirect loop: "), e.getMessage());
        assertEquals(Map.of(), cacheContents());
    }

    @Test
    void noServerMeansOffline() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        LatestData data = new LatestData(cache, new HttpFetcher(HttpFetcher.Options.defaults()),
                new UpstreamSource(URI.create("http://127.0.0.1:" + port + "/repo")), clock);
        FetchException e = assertThrows(FetchException.class, () -> data.refresh(Arena.TEXT, CancelToken.none()));
        assertEquals(FetchException.Kind.OFFLINE, e.kind());
        assertEquals("cannot reach 127.0.0.1 (offline?)", e.getMessage());
        assertEquals(Optional.of(2025), data.offline(Arena.TEXT).flatMap(Leaderboard::date).map(LocalDate::getYear),
                "the bundled snapshot serves offline");
        assertEquals(Optional.empty(), data.offline(Arena.VISION));
    }

    @Test
    void aCacheThatCannotBeWrittenLosesNothing() throws Exception {
        publish("2025.08.04", DAY1, "v1");
        Files.createDirectories(cacheDir);
        Files.writeString(cacheDir.resolve("snapshots"), "in the way of the snapshots folder");
        Map<String, String> before = cacheContents();
        FetchException e = assertThrows(FetchException.class, () -> data().refresh(Arena.TEXT, CancelToken.none()));
        assertEquals(FetchException.Kind.CACHE, e.kind());
        assertTrue(e.getMessage().startsWith("cannot keep the download in the cache " + cacheDir), e.getMessage());
        assertEquals(before, cacheContents());
    }

    @Test
    void aDownloadCanBeCancelled() throws Exception {
        java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
        server.route(LATEST, exchange -> {
            exchange.sendResponseHeaders(200, 10_000);
            OutputStream out = exchange.getResponseBody();
            out.write(HEADER.getBytes(StandardCharsets.UTF_8));
            out.flush();
            started.countDown();
            stall();
        });
        CancelToken cancel = new CancelToken();
        // A read time-out far beyond the test's: a read that only a time-out ended would say TIMEOUT.
        LatestData slow = data(new HttpFetcher.Options(Duration.ofSeconds(2), Duration.ofSeconds(60), 1 << 20, 10));
        Thread canceller = new Thread(() -> {
            try {
                started.await();
            } catch (InterruptedException e) {
                return;
            }
            cancel.cancel();
        });
        canceller.start();
        FetchException e = assertThrows(FetchException.class, () -> slow.refresh(Arena.TEXT, cancel));
        assertEquals(FetchException.Kind.CANCELLED, e.kind(), "cancelling ends the read while the server still sends");
    }

    @Test
    void oneDaysReleaseIsFetchedByDateWithTheAssetOfItsTime() throws Exception {
        server.file("/repo/releases/download/2025.06.27/lmsys.csv",
                HEADER + "1,1,Old,1400,+4/-4,100,X,MIT,Unknown,https://o.example\n"
                        + "1,2,Older,1399,+4/-4,100,X,MIT,Unknown,https://o2.example\n", null);
        LatestData.Outcome june = data().fetchDate(Arena.TEXT, LocalDate.of(2025, 6, 27), CancelToken.none());
        assertEquals(Optional.of(LocalDate.of(2025, 6, 27)), june.board().date());
        assertEquals(Schema.B, june.board().schema());

        server.file("/repo/releases/download/2025.08.04/lmarena_vision.csv", DAY1, null);
        LatestData.Outcome vision = data().fetchDate(Arena.VISION, LocalDate.of(2025, 8, 4), CancelToken.none());
        assertEquals(Optional.of(Arena.VISION), vision.board().arena());
        assertEquals(1, cache.history(Arena.VISION).size());

        FetchException early = assertThrows(FetchException.class,
                () -> data().fetchDate(Arena.VISION, LocalDate.of(2025, 6, 27), CancelToken.none()));
        assertTrue(early.getMessage().startsWith("the vision arena was first published after 2025.07.18"));
    }

    @Test
    void cacheFollowsXdgCacheHomeAndThePlatform() {
        Path home = Path.of("/home/u");
        assertEquals(Path.of("/tmp/x/arenaview"), CacheDirs.forEnvironment(Map.of("XDG_CACHE_HOME", "/tmp/x"), "Linux", home));
        assertEquals(Path.of("/home/u/.cache/arenaview"), CacheDirs.forEnvironment(Map.of(), "Linux", home));
        assertEquals(Path.of("/home/u/Library/Caches/arenaview"), CacheDirs.forEnvironment(Map.of(), "Mac OS X", home));
        assertEquals(Path.of("/home/u/AppData/Local/arenaview/cache"), CacheDirs.forEnvironment(Map.of(), "Windows 11", home));
        assertFalse(CacheDirs.forEnvironment(Map.of("XDG_CACHE_HOME", "relative"), "Linux", home).startsWith("relative"));
    }
}
