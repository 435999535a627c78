package dev.arenaview.source.lmarena;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.arenaview.model.Arena;
import dev.arenaview.model.Category;
import dev.arenaview.model.ConfidenceInterval;
import dev.arenaview.model.Entry;
import dev.arenaview.model.History;
import dev.arenaview.model.Leaderboard;
import dev.arenaview.model.Origin;
import dev.arenaview.model.Schema;
import dev.arenaview.source.CancelToken;
import dev.arenaview.source.FetchException;
import dev.arenaview.source.HttpFetcher;
import dev.arenaview.source.LatestData;
import dev.arenaview.source.SnapshotCache;
import dev.arenaview.source.TestServer;
import dev.arenaview.source.UpstreamSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** LMArena's dataset fetched from a loopback stand-in for Hugging Face, derived, kept and read back. */
class LmarenaDataTest {

    static final Category CODING = new Category("coding");

    @TempDir
    Path cache;

    HubStandIn hub;
    final Clock clock = Clock.fixed(Instant.parse("2026-10-03T08:00:00Z"), ZoneOffset.UTC);

    @BeforeEach
    void start() throws IOException {
        hub = new HubStandIn();
        Boards.publishLatest(hub);
    }

    /** Holds a stalling stand-in's answer until it is let go: a stall with no time of its own. */
    private java.util.concurrent.CountDownLatch stalled = new java.util.concurrent.CountDownLatch(1);

    @AfterEach
    void stop() {
        stalled.countDown();
        hub.close();
    }

    LmarenaData data() {
        return data(Duration.ofSeconds(5));
    }

    LmarenaData data(Duration readTimeout) {
        HttpFetcher fetcher = new HttpFetcher(new HttpFetcher.Options(Duration.ofSeconds(5), readTimeout, 64L << 20, 10));
        LatestData csv = new LatestData(new SnapshotCache(cache), fetcher,
                new UpstreamSource(java.net.URI.create("http://127.0.0.1:9/unused")), clock);
        return new LmarenaData(cache, fetcher, new HubSource(hub.endpoint()), clock, csv);
    }

    static Entry row(Leaderboard board, String model) {
        return board.entries().stream().filter(e -> e.model().equals(model)).findFirst().orElseThrow(
                () -> new AssertionError(model + " is not on the board"));
    }

    @Test
    void refreshDerivesEveryCategoryWithRanksFromTheIntervalsAndKeepsThem() throws Exception {
        LmarenaData data = data();
        LmarenaData.Refreshed r = data.refresh(Arena.TEXT, CancelToken.none(), LmarenaData.Progress.NONE);
        assertTrue(r.changed());
        assertEquals(List.of(Category.OVERALL, CODING), r.boards().stream().map(LmarenaData.BoardInfo::category).toList());
        assertEquals(LocalDate.of(2026, 10, 2), r.boards().get(0).date());
        assertEquals(LocalDate.of(2026, 10, 1), r.boards().get(1).date(), "each category keeps its own date");
        assertEquals(7, r.boards().get(0).rows());
        assertEquals(1, r.boards().get(0).withoutRating(), "the NaN rating is left out and counted");

        Leaderboard overall = data.cached(Arena.TEXT, Category.OVERALL).orElseThrow();
        assertEquals(Origin.LMARENA, overall.origin());
        assertEquals(Schema.B, overall.schema());
        assertEquals(LocalDate.of(2026, 10, 2), overall.date().orElseThrow());
        assertEquals(List.of("gemini-4-argon-high", "gpt-5", "claude-opus-5", "qwen4-max", "glm-5", "gemini-2.5-pro",
                "mystery-model"), overall.entries().stream().map(Entry::model).toList(), "rank (UB), then rating");
        // UB: 1 + the models whose lower bound is above this one's upper bound.
        assertEquals(List.of(1, 1, 1, 4, 4, 5, 7), overall.entries().stream().map(Entry::rank).toList());
        Entry gemini = row(overall, "gemini-4-argon-high");
        assertEquals(1533, gemini.score());
        assertEquals(new ConfidenceInterval(9, 9), gemini.ci());
        assertEquals(4932, gemini.votes());
        assertEquals("Google", gemini.organization(), "the slug as the name people know");
        assertEquals("Zhipu AI", row(overall, "glm-5").organization());
        assertEquals("", row(overall, "mystery-model").organization());
        assertEquals("Apache-2.0", row(overall, "mystery-model").license(), "licences as published");
        assertTrue(gemini.cutoff().isUnstated());
        // StyleCtrl: the rank (UB) in text_style_control; claude is alone on top there.
        assertEquals(2, gemini.rankStyleCtrl());
        assertEquals(1, row(overall, "claude-opus-5").rankStyleCtrl());
        assertEquals(3, row(overall, "gpt-5").rankStyleCtrl());
        assertFalse(row(overall, "qwen4-max").hasRankStyleCtrl(), "not on the style-control board");
        // Links from the newest CSV snapshot with the name, ignoring case (the bundled one here).
        assertEquals("http://aistudio.google.com/app/prompts/new_chat?model=gemini-2.5-pro",
                row(overall, "gemini-2.5-pro").url());
        assertEquals("", gemini.url(), "no CSV snapshot has it: unlinked");

        Leaderboard coding = data.cached(Arena.TEXT, CODING).orElseThrow();
        assertEquals(CODING, coding.category());
        assertEquals(LocalDate.of(2026, 10, 1), coding.date().orElseThrow());
        assertEquals(4, coding.size(), "a model listed twice keeps both rows");
        assertEquals(1, row(coding, "gpt-5").rankStyleCtrl());
    }

    @Test
    void aBoardWithoutAStyleControlTwinAndIntegerCountsHasNoStyleCtrlColumn() throws Exception {
        LmarenaData data = data();
        data.refresh(Arena.WEBDEV, CancelToken.none(), LmarenaData.Progress.NONE);
        Leaderboard webdev = data.cached(Arena.WEBDEV, Category.OVERALL).orElseThrow();
        assertEquals(Schema.A, webdev.schema());
        assertEquals(List.of(1, 1, 3), webdev.entries().stream().map(Entry::rank).toList());
        assertEquals(2100, webdev.entries().get(0).votes());
        assertEquals("Moonshot AI", row(webdev, "kimi-k3").organization());
        assertEquals(0, hub.downloads(Boards.TEXT_LATEST), "only the webdev folder was fetched");
    }

    @Test
    void anUnchangedListingDownloadsNothingAndTheBoardsStay() throws Exception {
        LmarenaData data = data();
        data.refresh(Arena.TEXT, CancelToken.none(), LmarenaData.Progress.NONE);
        LmarenaData.Refreshed again = data.refresh(Arena.TEXT, CancelToken.none(), LmarenaData.Progress.NONE);
        assertFalse(again.changed());
        assertEquals(0, again.downloaded());
        assertEquals(1, hub.downloads(Boards.TEXT_LATEST));
        assertEquals(1, hub.downloads(Boards.STYLE_LATEST));
        assertEquals(7, data.cached(Arena.TEXT, Category.OVERALL).orElseThrow().size());
        assertEquals(Instant.parse("2026-10-03T08:00:00Z"), data.lastCheck(Arena.TEXT).orElseThrow());
    }

    @Test
    void aNewDayIsFetchedAndReplacesTheBoardsWithoutKeepingTheOldFiles() throws Exception {
        LmarenaData data = data();
        data.refresh(Arena.TEXT, CancelToken.none(), LmarenaData.Progress.NONE);
        hub.latest("text", Boards.overall(ParquetFixture.board(), "2026-10-03", 5));
        LmarenaData.Refreshed r = data.refresh(Arena.TEXT, CancelToken.none(), LmarenaData.Progress.NONE);
        assertTrue(r.changed());
        assertEquals(2, hub.downloads(Boards.TEXT_LATEST));
        assertEquals(1, hub.downloads(Boards.STYLE_LATEST), "the twin did not change");
        Leaderboard overall = data.cached(Arena.TEXT, Category.OVERALL).orElseThrow();
        assertEquals(LocalDate.of(2026, 10, 3), overall.date().orElseThrow());
        assertEquals(1538, row(overall, "gemini-4-argon-high").score());
        assertFalse(row(overall, "gpt-5").hasRankStyleCtrl(), "the twin has no snapshot of that date");
        assertTrue(data.cached(Arena.TEXT, CODING).isEmpty(), "coding is gone from the newest split");
        try (Stream<Path> files = Files.list(data.boardsFolder(Arena.TEXT))) {
            assertEquals(2, files.count(), "the new board and the index: " + data.boardsFolder(Arena.TEXT));
        }
    }

    @Test
    void everyKindOfFailureLeavesTheCacheByteForByteAndSaysWhatAndWhere() throws Exception {
        LmarenaData data = data(Duration.ofMillis(800));
        data.refresh(Arena.TEXT, CancelToken.none(), LmarenaData.Progress.NONE);
        Map<String, byte[]> before = snapshot(cache);
        String listing = HubStandIn.TREE + "/text";
        String resolve = HubStandIn.RESOLVE + Boards.TEXT_LATEST;
        byte[] newer = Boards.overall(ParquetFixture.board(), "2026-10-03", 5).bytes();
        record Case(String name, Runnable setUp, FetchException.Kind kind, String says) {
        }
        List<Case> cases = List.of(
                new Case("404 listing", () -> hub.server.route(listing, ex -> TestServer.send(ex, 404, "application/json",
                        "{\"error\":\"Repository not found\"}".getBytes(StandardCharsets.UTF_8))),
                        FetchException.Kind.NOT_FOUND, "has no text folder"),
                new Case("500 listing", () -> hub.server.route(listing, ex -> TestServer.send(ex, 500, "text/plain",
                        "oops".getBytes(StandardCharsets.UTF_8))), FetchException.Kind.HTTP_STATUS, "server error 500"),
                new Case("an HTML page", () -> hub.server.route(listing, ex -> TestServer.send(ex, 200, "text/html",
                        "<html><body>Sign in</body></html>".getBytes(StandardCharsets.UTF_8))),
                        FetchException.Kind.NOT_A_LEADERBOARD, "not JSON"),
                new Case("a listing that is not a list", () -> hub.server.route(listing, ex -> TestServer.send(ex, 200,
                        "application/json", "{\"files\":[]}".getBytes(StandardCharsets.UTF_8))),
                        FetchException.Kind.NOT_A_LEADERBOARD, "not a list of files"),
                new Case("a truncated Parquet file", () -> {
                    hub.latest("text", Boards.overall(ParquetFixture.board(), "2026-10-03", 5));
                    String cdn = "/cdn/" + HubStandIn.sha256(newer);
                    hub.server.route(cdn, ex -> {
                        ex.sendResponseHeaders(200, newer.length);
                        ex.getResponseBody().write(newer, 0, newer.length / 2);
                        ex.getResponseBody().flush();
                        ex.close();
                    });
                }, FetchException.Kind.TRUNCATED, "broke off after"),
                new Case("a file that is not the listed one", () -> {
                    hub.latest("text", Boards.overall(ParquetFixture.board(), "2026-10-03", 5));
                    hub.server.redirect(resolve, "/cdn/other");
                    byte[] flipped = newer.clone();
                    flipped[flipped.length / 2] ^= 1;
                    hub.server.route("/cdn/other", ex -> TestServer.send(ex, 200, "application/octet-stream", flipped));
                }, FetchException.Kind.NOT_A_LEADERBOARD, "not the file the dataset lists"),
                new Case("a listed file that is not Parquet", () -> hub.publish(Boards.TEXT_LATEST,
                        "model_name,rating\ngpt-5,1500\n".getBytes(StandardCharsets.UTF_8)),
                        FetchException.Kind.NOT_A_LEADERBOARD, "text/latest-00000-of-00001.parquet: not a readable Parquet file"),
                new Case("Parquet without the board's columns", () -> hub.publish(Boards.TEXT_LATEST, otherColumns()),
                        FetchException.Kind.NOT_A_LEADERBOARD, "not a rating board: it has no model_name"),
                new Case("a stalled download", () -> {
                    hub.latest("text", Boards.overall(ParquetFixture.board(), "2026-10-03", 5));
                    hub.server.route("/cdn/" + HubStandIn.sha256(newer), ex -> {
                        ex.sendResponseHeaders(200, newer.length);
                        ex.getResponseBody().write(newer, 0, 10);
                        ex.getResponseBody().flush();
                        // Stalls until the stand-in closes for the next case.
                        stalled.await(60, java.util.concurrent.TimeUnit.SECONDS);
                    });
                }, FetchException.Kind.TIMEOUT, "stalled"),
                new Case("no server", () -> hub.close(), FetchException.Kind.OFFLINE, "cannot reach"));
        for (Case c : cases) {
            stalled.countDown();
            stalled = new java.util.concurrent.CountDownLatch(1);
            hub.close();
            hub = new HubStandIn();
            Boards.publishLatest(hub);
            c.setUp().run();
            LmarenaData fresh = dataAt(hub, Duration.ofMillis(800));
            FetchException e = assertThrows(FetchException.class,
                    () -> fresh.refresh(Arena.TEXT, CancelToken.none(), LmarenaData.Progress.NONE), c.name());
            assertEquals(c.kind(), e.kind(), c.name() + ": " + e.getMessage());
            assertTrue(e.getMessage().contains(c.says()), c.name() + ": " + e.getMessage());
            assertEquals(before.keySet(), snapshot(cache).keySet(), c.name());
            snapshot(cache).forEach((file, bytes) -> assertTrue(java.util.Arrays.equals(before.get(file), bytes),
                    c.name() + ": " + file + " changed"));
            assertEquals(7, fresh.cached(Arena.TEXT, Category.OVERALL).orElseThrow().size(), c.name());
        }
    }

    LmarenaData dataAt(HubStandIn server, Duration readTimeout) {
        HttpFetcher fetcher = new HttpFetcher(new HttpFetcher.Options(Duration.ofSeconds(2), readTimeout, 64L << 20, 10));
        LatestData csv = new LatestData(new SnapshotCache(cache), fetcher,
                new UpstreamSource(java.net.URI.create("http://127.0.0.1:9/unused")), clock);
        return new LmarenaData(cache, fetcher, new HubSource(server.endpoint()), clock, csv);
    }

    /** A Parquet file of another dataset: not a rating board. */
    static byte[] otherColumns() {
        try {
            Path file = Files.createTempFile("other", ".parquet");
            try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:");
                 java.sql.PreparedStatement p = c.prepareStatement(
                         "COPY (SELECT 'agent-x' AS name, 0.5 AS score) TO ? (FORMAT parquet)")) {
                p.setString(1, file.toString());
                p.execute();
            }
            byte[] bytes = Files.readAllBytes(file);
            Files.delete(file);
            return bytes;
        } catch (IOException | java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every file under a folder with its bytes. */
    static Map<String, byte[]> snapshot(Path dir) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(f).toString(), Files.readAllBytes(f));
            }
        }
        return out;
    }

    @Test
    void aCancelledDownloadKeepsNothing() throws Exception {
        CancelToken cancel = new CancelToken();
        FetchException e = assertThrows(FetchException.class, () -> data().refresh(Arena.TEXT, cancel,
                (file, done, total) -> cancel.cancel()));
        assertEquals(FetchException.Kind.CANCELLED, e.kind(), e.getMessage());
        assertTrue(snapshot(cache).isEmpty(), snapshot(cache).keySet().toString());
    }

    @Test
    void downloadsReportTheirProgressInBytesOfTheListedSize() throws Exception {
        List<String> seen = new ArrayList<>();
        data().refresh(Arena.TEXT, CancelToken.none(), (file, done, total) -> {
            if (done == total) {
                seen.add(file + " " + total);
            }
        });
        assertEquals(2, seen.size(), seen.toString());
        assertTrue(seen.get(0).startsWith(Boards.TEXT_LATEST + " "), seen.toString());
    }

    @Test
    void aDateIsTheNewestPublishedOnOrBeforeItFromTheHistoryFetchedOnce() throws Exception {
        Boards.publishFull(hub);
        LmarenaData data = data();
        data.refresh(Arena.TEXT, CancelToken.none(), LmarenaData.Progress.NONE);
        assertFalse(data.hasHistory(Arena.TEXT));

        Leaderboard sept = data.onDate(Arena.TEXT, Category.OVERALL, LocalDate.of(2026, 9, 30), CancelToken.none(),
                LmarenaData.Progress.NONE);
        assertEquals(LocalDate.of(2026, 9, 15), sept.date().orElseThrow());
        assertEquals(List.of("gpt-5-preview", "gemini-4-argon-high", "claude-opus-5"),
                sept.entries().stream().map(Entry::model).toList());
        assertEquals(1, row(sept, "claude-opus-5").rankStyleCtrl(), "StyleCtrl from the twin's history");
        assertTrue(data.hasHistory(Arena.TEXT));
        assertEquals(1, hub.downloads(Boards.TEXT_FULL));
        assertEquals(1, hub.downloads(Boards.STYLE_FULL));

        Leaderboard old = data.onDate(Arena.TEXT, Category.OVERALL, LocalDate.of(2024, 1, 1), CancelToken.none(),
                LmarenaData.Progress.NONE);
        assertEquals(LocalDate.of(2023, 5, 3), old.date().orElseThrow());
        assertEquals(List.of("gpt-4", "claude-v1", "vicuna-13b"), old.entries().stream().map(Entry::model).toList(),
                "without intervals, the rank (UB) is the place by rating");
        assertEquals(List.of(1, 2, 3), old.entries().stream().map(Entry::rank).toList());
        assertFalse(old.entries().get(0).ci().isKnown());
        assertEquals(1, hub.downloads(Boards.TEXT_FULL), "the history is kept");

        Leaderboard today = data.onDate(Arena.TEXT, Category.OVERALL, LocalDate.of(2026, 12, 7), CancelToken.none(),
                LmarenaData.Progress.NONE);
        assertEquals(LocalDate.of(2026, 10, 2), today.date().orElseThrow(), "a day after the newest is the newest");

        FetchException e = assertThrows(FetchException.class, () -> data.onDate(Arena.TEXT, Category.OVERALL,
                LocalDate.of(2023, 1, 1), CancelToken.none(), LmarenaData.Progress.NONE));
        assertTrue(e.getMessage().contains("its first overall leaderboard is of 2023-05-03"), e.getMessage());
    }

    @Test
    void thePreviousBoardIsThePublishDateBeforeAndTheHistoryHasRealScores() throws Exception {
        Boards.publishFull(hub);
        LmarenaData data = data();
        data.refresh(Arena.TEXT, CancelToken.none(), LmarenaData.Progress.NONE);
        Leaderboard overall = data.cached(Arena.TEXT, Category.OVERALL).orElseThrow();
        Leaderboard before = data.previous(overall, CancelToken.none(), LmarenaData.Progress.NONE).orElseThrow();
        assertEquals(LocalDate.of(2026, 9, 15), before.date().orElseThrow());
        assertEquals(0, hub.downloads(Boards.STYLE_FULL), "a comparison needs only the board's own history");

        List<Leaderboard> boards = data.history(Arena.TEXT, Category.OVERALL, CancelToken.none(), LmarenaData.Progress.NONE);
        assertEquals(List.of(LocalDate.of(2023, 5, 3), LocalDate.of(2026, 9, 15), LocalDate.of(2026, 10, 2)),
                boards.stream().map(b -> b.date().orElseThrow()).toList());
        History history = History.of(boards);
        assertEquals(List.of(1525, 1533), history.series("gemini-4-argon-high").points().stream()
                .map(History.Point::score).toList());
        assertEquals(1, history.series("gpt-5-preview").points().size(), "a renamed model is the names published");
        assertEquals(1, history.series("gpt-5").points().size());
    }

    @Test
    void aRefreshAlsoRefreshesACachedHistory() throws Exception {
        Boards.publishFull(hub);
        LmarenaData data = data();
        data.refresh(Arena.TEXT, CancelToken.none(), LmarenaData.Progress.NONE);
        data.history(Arena.TEXT, Category.OVERALL, CancelToken.none(), LmarenaData.Progress.NONE);
        hub.full("text", Boards.overall(Boards.textFull(), "2026-10-03", 5));
        data.refresh(Arena.TEXT, CancelToken.none(), LmarenaData.Progress.NONE);
        assertEquals(2, hub.downloads(Boards.TEXT_FULL));
        assertEquals(4, data.history(Arena.TEXT, Category.OVERALL, CancelToken.none(), LmarenaData.Progress.NONE).size());
    }

    @Test
    void thePublishedDatesFollowTheHistoryWhenARefreshReplacesIt() throws Exception {
        Boards.publishFull(hub);
        LmarenaData data = data();
        data.refresh(Arena.TEXT, CancelToken.none(), LmarenaData.Progress.NONE);
        assertEquals(List.of(LocalDate.of(2026, 10, 2)), data.publishedDates(Arena.TEXT, Category.OVERALL),
                "without the history: the newest board's date only");
        data.fetchHistory(Arena.TEXT, CancelToken.none(), LmarenaData.Progress.NONE);
        List<LocalDate> three = List.of(LocalDate.of(2026, 10, 2), LocalDate.of(2026, 9, 15), LocalDate.of(2023, 5, 3));
        assertEquals(three, data.publishedDates(Arena.TEXT, Category.OVERALL));
        assertEquals(three, data.publishedDates(Arena.TEXT, Category.OVERALL), "the same when asked again");
        assertEquals(List.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 9, 15)),
                data.publishedDates(Arena.TEXT, new Category("coding")), "each category its own");

        hub.full("text", Boards.overall(Boards.textFull(), "2026-10-03", 5));
        data.refresh(Arena.TEXT, CancelToken.none(), LmarenaData.Progress.NONE);
        assertEquals(LocalDate.of(2026, 10, 3), data.publishedDates(Arena.TEXT, Category.OVERALL).get(0),
                "a new history's dates, not the ones read before");
    }

    @Test
    void theDatasetsFoldersAreListedWhateverTheyAre() throws Exception {
        hub.publish("agent_coding/latest-00000-of-00001.parquet", otherColumns());
        assertEquals(List.of("agent_coding", "text", "text_style_control", "webdev"), data().configs(CancelToken.none()));
    }

    @Test
    void theListingIsReadPageByPage() throws Exception {
        Boards.publishFull(hub);
        String all = hub.listingJson("text");
        int split = all.indexOf("},{") + 1;
        String first = all.substring(0, split) + "]";
        String second = "[" + all.substring(split + 1);
        assertTrue(first.contains("full-") && second.contains("latest-"), all);
        hub.server.route(HubStandIn.TREE + "/text", ex -> {
            boolean page2 = "cursor=2".equals(ex.getRequestURI().getQuery());
            if (!page2) {
                ex.getResponseHeaders().add("Link", "<" + hub.endpoint() + HubStandIn.TREE + "/text?cursor=2>; rel=\"next\"");
            }
            TestServer.send(ex, 200, "application/json", (page2 ? second : first).getBytes(StandardCharsets.UTF_8));
        });
        LmarenaData.Refreshed r = data().refresh(Arena.TEXT, CancelToken.none(), LmarenaData.Progress.NONE);
        assertEquals(7, r.boards().get(0).rows(), "the latest split was on the second page");
    }
}
