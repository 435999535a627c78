package dev.arenaview.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.arenaview.source.lmarena.Boards;
import dev.arenaview.source.lmarena.HubStandIn;
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
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line on LMArena's dataset (the default source), against a loopback stand-in for Hugging Face. */
class CliDatasetTest {

    @TempDir
    Path cache;

    HubStandIn hub;

    @BeforeEach
    void start() throws IOException {
        hub = new HubStandIn();
        Boards.publishLatest(hub);
    }

    @AfterEach
    void stop() {
        hub.close();
    }

    record Result(int status, String out, String err) {
    }

    /** Runs with the stand-in as {@code HF_ENDPOINT}, the Hugging Face convention for mirrors. */
    Result run(String... args) {
        return runIn(Map.of("HF_ENDPOINT", hub.endpoint().toString()), args);
    }

    Result runIn(Map<String, String> environment, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--cache-dir", cache.toString()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Cli.run(all.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                Clock.fixed(Instant.parse("2026-10-03T08:00:00Z"), ZoneOffset.UTC), environment);
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static String deadEndpoint() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        }
    }

    @Test
    void fetchKeepsEveryCategoryAndSaysWhatItStored() {
        Result first = run("fetch");
        assertEquals(0, first.status(), first.err());
        assertEquals("stored text 2026-10-02, 7 models (overall; 2 categories), "
                + cache.resolve("lmarena").resolve("boards").resolve("text") + System.lineSeparator(), first.out());
        Result again = run("fetch", "--category", "coding");
        assertTrue(again.out().startsWith("unchanged, already cached: text 2026-10-01, 4 models (coding; 2 categories)"),
                again.out());
    }

    @Test
    void theExportOfACachedBoardNeedsNoNetworkAndCreditsLmarena() throws IOException {
        assertEquals(0, run("fetch").status());
        hub.close();
        Result r = runIn(Map.of("HF_ENDPOINT", deadEndpoint()), "export", "--lang", "en");
        assertEquals(0, r.status(), r.err());
        assertEquals("", r.err());
        assertTrue(r.out().startsWith("# LLM Arena Leaderboard (live)\n"), r.out());
        assertTrue(r.out().contains("> **Data updated**: 2026-10-02 UTC\n"), r.out());
        assertFalse(r.out().contains("**Category**"), "the overall board names no category");
        assertTrue(r.out().contains("| Rank (UB) | Rank (StyleCtrl) | Model "), r.out());
        assertTrue(r.out().contains("[lmarena-ai/leaderboard-dataset](https://huggingface.co/datasets/lmarena-ai/leaderboard-dataset)"),
                "the dataset is credited at its own page, wherever it was fetched from");
        assertTrue(r.out().contains("[CC-BY-4.0](https://creativecommons.org/licenses/by/4.0/)"), r.out());
        assertTrue(r.out().contains("| [gemini-2.5-pro](http://aistudio.google.com/app/prompts/new_chat?model=gemini-2.5-pro) |"),
                "linked from the bundled CSV");
        assertTrue(r.out().contains("| Google "), "the vendor slug as the name people know");
        assertEquals(9, r.out().lines().filter(l -> l.startsWith("|")).count(), "header, rule and 7 models");
    }

    @Test
    void aCategoryIsTakenByItsIdOrItsNameAndAWrongOneSaysWhichExist() {
        assertEquals(0, run("fetch").status());
        Result coding = run("export", "--lang", "zh", "--category", "Coding");
        assertEquals(0, coding.status(), coding.err());
        assertTrue(coding.out().contains("> **类别**: 编程\n"), coding.out());
        assertTrue(coding.out().contains("类别为编程"), "the source paragraph names the category");
        assertTrue(coding.out().contains("2026-10-01 UTC"), "the category's own date");

        Result wrong = run("export", "--category", "codng");
        assertEquals(2, wrong.status());
        assertEquals("arenaview: export: no category 'codng' in the text arena; did you mean coding?" + System.lineSeparator()
                + "arenaview: export: its categories: coding, overall" + System.lineSeparator(), wrong.err());
        assertEquals("", wrong.out());
    }

    @Test
    void aBoardWithoutStyleControlHasNoStyleCtrlColumn() {
        assertEquals(0, run("fetch", "--arena", "webdev").status());
        Result r = run("export", "--arena", "webdev", "--lang", "en");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("# LLM Arena WebDev Leaderboard (live)\n"), r.out());
        assertTrue(r.out().contains("| Rank (UB) | Model "), r.out());
        assertTrue(r.out().contains("its `webdev` board"), r.out());
    }

    @Test
    void aPastDayAndTheChangesComeFromTheHistory() {
        Boards.publishFull(hub);
        assertEquals(0, run("fetch").status());
        Result past = run("export", "--date", "2026-09-30", "--lang", "en");
        assertEquals(0, past.status(), past.err());
        assertTrue(past.out().contains("> **Data updated**: 2026-09-15 UTC"), past.out());
        assertTrue(past.out().contains("| gpt-5-preview "), past.out());

        Result changes = run("export", "--changes", "--lang", "en");
        assertEquals(0, changes.status(), changes.err());
        assertTrue(changes.out().contains("| Change |"), changes.out());
        assertTrue(changes.out().contains("since the leaderboard of 2026-09-15"), changes.out());
        assertTrue(changes.out().contains("**Left the board** (since 2026-09-15): gpt-5-preview"), changes.out());
        assertEquals(1, hub.downloads(Boards.TEXT_FULL), "the history is downloaded once and kept");
    }

    @Test
    void offlineARefreshFallsBackToTheCacheWithAWarning() throws IOException {
        assertEquals(0, run("fetch").status());
        Result r = runIn(Map.of("HF_ENDPOINT", deadEndpoint()), "export", "--refresh", "--lang", "en");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.err().startsWith("arenaview: export: warning: cannot refresh: cannot reach 127.0.0.1 (offline?)"), r.err());
        assertTrue(r.err().contains("\narenaview: export: warning: reporting the cached snapshot of 2026-10-02 instead\n"),
                r.err());
        Result nothing = runIn(Map.of("HF_ENDPOINT", deadEndpoint()), "export", "--refresh", "--arena", "vision");
        assertEquals(3, nothing.status());
        assertTrue(nothing.err().startsWith("arenaview: export: cannot reach 127.0.0.1"), nothing.err());
        assertTrue(nothing.err().endsWith("arenaview: export: nothing was written\n"), nothing.err());
    }

    @Test
    void beforeAnyFetchTheBundledBoardServesAndOtherArenasSayHowToFetch() {
        Result text = run("export", "--lang", "en");
        assertEquals(0, text.status(), text.err());
        assertTrue(text.out().contains("2025-06-27 UTC"), "the bundled CSV, credited as such");
        assertTrue(text.out().contains("[fboulnois/llm-leaderboard-csv]"), text.out());
        Result webdev = run("export", "--arena", "webdev");
        assertEquals(3, webdev.status());
        assertTrue(webdev.err().contains("no webdev leaderboard is cached yet; run with --refresh, or 'arenaview fetch"
                + " --arena webdev'"), webdev.err());
    }

    @Test
    void listShowsEveryCachedCategoryAndWithRefreshFetchesEveryArena() {
        hub.publish("agent_coding/latest-00000-of-00001.parquet", new byte[] {1, 2, 3});
        Result empty = run("list");
        assertEquals(0, empty.status());
        assertTrue(empty.out().startsWith("Not fetched yet: text, webdev, vision"), empty.out());

        Result all = run("list", "--refresh");
        assertEquals(0, all.status(), all.err());
        assertTrue(all.err().contains("arenaview: list: cannot refresh vision: the dataset lmarena-ai/leaderboard-dataset has"
                + " no vision folder"), all.err());
        List<String> lines = all.out().lines().toList();
        assertEquals("ARENA   CATEGORY  NAME     NEWEST      MODELS", lines.get(0));
        assertEquals("text    overall   Overall  2026-10-02       7", lines.get(1));
        assertEquals("text    coding    Coding   2026-10-01       4", lines.get(2));
        assertEquals("webdev  overall   Overall  2026-10-01       3", lines.get(3));
        assertTrue(all.out().contains("Not fetched yet: vision, search"), all.out());
        assertTrue(all.out().contains("The dataset's other folders, not rating boards this version reads: agent_coding."),
                all.out());
    }

    @Test
    void theCsvReleasesAreStillASourceButHaveOnlyTheirArenas() {
        Result webdev = run("export", "--source", "fboulnois", "--arena", "webdev");
        assertEquals(2, webdev.status());
        assertTrue(webdev.err().contains("the CSV releases (--source fboulnois) have no webdev arena"), webdev.err());
        Result coding = run("fetch", "--source", "fboulnois", "--category", "coding");
        assertEquals(2, coding.status());
        assertTrue(coding.err().contains("have only the overall category"), coding.err());
    }

    @Test
    void sourceUrlWinsOverTheEnvironment() throws IOException {
        Result r = runIn(Map.of("HF_ENDPOINT", deadEndpoint()), "fetch", "--source-url", hub.endpoint().toString());
        assertEquals(0, r.status(), r.err());
        Result bad = run("fetch", "--source", "huggingface");
        assertEquals(2, bad.status());
        assertTrue(bad.err().startsWith("arenaview: fetch: invalid value for option '--source': 'huggingface' is not a"
                + " source; use lmarena or fboulnois"), bad.err());
    }
}
