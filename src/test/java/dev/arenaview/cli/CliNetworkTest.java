package dev.arenaview.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.arenaview.source.TestServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fetch}, {@code export --refresh} and friends of the CSV releases against a local server standing in for GitHub. */
class CliNetworkTest {

    static final String HEADER = "rank,rank_stylectrl,model,arena_score,95_pct_ci,votes,organization,license,knowledge_cutoff,url\n";
    static final String AUGUST = HEADER + "1,1,Alpha,1450,+4/-4,9000,A Corp,MIT,,https://a.example\n"
            + "2,1,Beta,1440,+4/-4,8000,B Corp,Proprietary,,https://b.example\n";

    @TempDir
    Path cache;

    TestServer server;

    @BeforeEach
    void start() throws IOException {
        server = new TestServer();
        server.redirect("/repo/releases/latest/download/lmarena_text.csv", "/repo/releases/download/2025.08.04/lmarena_text.csv");
        server.file("/repo/releases/download/2025.08.04/lmarena_text.csv", AUGUST, "\"aug\"");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    record Result(int status, String out, String err) {
    }

    Result run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--source", "fboulnois", "--cache-dir", cache.toString()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Cli.run(all.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                Clock.fixed(Instant.parse("2025-08-05T00:00:00Z"), ZoneOffset.UTC));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    String deadBase() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return "http://127.0.0.1:" + socket.getLocalPort() + "/repo";
        }
    }

    @Test
    void fetchStoresTheNewestReleaseAndSaysWhat() {
        Result first = run("fetch", "--source-url", server.base().toString());
        assertEquals(0, first.status(), first.err());
        assertTrue(first.out().startsWith("stored text 2025-08-04, 2 models, " + cache), first.out());
        Result second = run("fetch", "--source-url", server.base().toString());
        assertTrue(second.out().startsWith("unchanged, already cached: text 2025-08-04"), second.out());
    }

    @Test
    void oneModelIsOneModel() {
        server.file("/repo/releases/download/2025.08.03/lmarena_text.csv",
                HEADER + "1,1,Solo,1450,+4/-4,9000,A Corp,MIT,,https://a.example\n", null);
        Result r = run("fetch", "--date", "2025.08.03", "--source-url", server.base().toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("stored text 2025-08-03, 1 model, " + cache), r.out());
    }

    @Test
    void exportUsesTheNewestCachedSnapshot() {
        run("fetch", "--source-url", server.base().toString());
        Result r = run("export", "--lang", "en");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("**Data updated**: 2025-08-04 UTC"), r.out());
        assertTrue(r.out().contains("| [Alpha](https://a.example) "), r.out());
    }

    @Test
    void refreshFetchesFirst() {
        Result r = run("export", "--refresh", "--source-url", server.base().toString(), "--lang", "en");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("2025-08-04 UTC"));
        assertEquals("", r.err());
    }

    @Test
    void refreshOfflineFallsBackWithAWarning() throws IOException {
        Result r = run("export", "--refresh", "--source-url", deadBase(), "--lang", "en");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.err().startsWith("arenaview: export: warning: cannot refresh: cannot reach 127.0.0.1 (offline?)"), r.err());
        assertTrue(r.err().contains("reporting the bundled snapshot of 2025-06-27 instead"), r.err());
        assertTrue(r.out().contains("2025-06-27 UTC"));
    }

    @Test
    void refreshOfflineWithNothingToServeIsStatus3() throws IOException {
        Result r = run("export", "--refresh", "--arena", "vision", "--source-url", deadBase());
        assertEquals(3, r.status());
        assertTrue(r.err().startsWith("arenaview: export: cannot reach 127.0.0.1 (offline?)"), r.err());
        Result notCached = run("export", "--arena", "vision");
        assertEquals(3, notCached.status());
        assertTrue(notCached.err().contains("no vision leaderboard is cached yet"), notCached.err());
    }

    @Test
    void aPublishedDayIsFetchedByDate() {
        server.file("/repo/releases/download/2025.06.20/lmsys.csv",
                HEADER + "1,1,June,1400,+4/-4,100,X,MIT,Unknown,https://j.example\n1,2,June2,1399,+4/-4,100,X,MIT,Unknown,https://k.example\n", null);
        Result r = run("export", "--date", "2025.06.20", "--source-url", server.base().toString(), "--lang", "en");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("2025-06-20 UTC"));
        assertTrue(r.out().contains("[June](https://j.example)"));
        Result missing = run("export", "--date", "2025.06.21", "--source-url", server.base().toString());
        assertEquals(3, missing.status());
        assertTrue(missing.err().contains("not found (404)"), missing.err());
    }

    @Test
    void inputMayBeAUrl() {
        Result r = run("export", "--input", server.uri("/repo/releases/download/2025.08.04/lmarena_text.csv").toString(),
                "--lang", "en");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("2025-08-04 UTC"));
        Result html = run("export", "--input", server.uri("/nothing-here.csv").toString());
        assertEquals(3, html.status());
    }

    @Test
    void changesCompareWithThePreviousCachedSnapshot() {
        server.file("/repo/releases/download/2025.08.01/lmarena_text.csv", HEADER
                + "1,1,Beta,1445,+4/-4,7000,B Corp,Proprietary,,https://b.example\n"
                + "2,2,Alpha,1440,+4/-4,8000,A Corp,MIT,,https://a.example\n"
                + "3,3,Gone,1300,+4/-4,100,G Corp,MIT,,https://g.example\n", null);
        assertEquals(0, run("fetch", "--date", "2025.08.01", "--source-url", server.base().toString()).status());
        assertEquals(0, run("fetch", "--source-url", server.base().toString()).status());
        Result r = run("export", "--changes", "--lang", "en");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("| Change |") || r.out().contains(" Change "), r.out());
        assertTrue(r.out().contains("▲1"), r.out());
        assertTrue(r.out().contains("▼1"), r.out());
        assertTrue(r.out().contains("Gone"), "models that left are listed");

        Result plain = run("export", "--lang", "en");
        assertTrue(!plain.out().contains("▲"), "the change column is off by default");
    }
}
