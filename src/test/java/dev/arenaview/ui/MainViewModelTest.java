package dev.arenaview.ui;

import dev.arenaview.ui.shared.Network;
import dev.arenaview.ui.filter.FacetValue;
import dev.arenaview.ui.shared.ExportChoice;
import dev.arenaview.ui.shared.ExportScope;
import dev.arenaview.ui.shared.Notice;
import dev.arenaview.ui.shared.LoadFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.arenaview.model.Column;
import dev.arenaview.model.DataSource;
import dev.arenaview.model.Entries;
import dev.arenaview.model.Entry;
import dev.arenaview.model.Filter;
import dev.arenaview.model.Leaderboard;
import dev.arenaview.model.LicenseClass;
import dev.arenaview.model.Schema;
import dev.arenaview.model.SortOrder;
import dev.arenaview.report.ReportLanguage;
import dev.arenaview.source.BundledData;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's behaviour without a window: synchronous executors, a recording link opener. */
class MainViewModelTest {

    static final String HEADER = "rank,rank_stylectrl,model,arena_score,95_pct_ci,votes,organization,license,knowledge_cutoff,url\n";

    @TempDir
    Path dir;

    final List<URI> opened = new ArrayList<>();
    final List<LoadFailure> loadFailures = new ArrayList<>();
    final List<MainViewModel.WriteFailure> writeFailures = new ArrayList<>();
    MainViewModel vm;

    @BeforeEach
    void setUp() {
        vm = new MainViewModel(Runnable::run, Runnable::run, opened::add,
                Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC), TestData.offline(dir.resolve("cache")));
        vm.setOnLoadFailed(loadFailures::add);
        vm.setOnWriteFailed(writeFailures::add);
        vm.show(BundledData.load());
    }

    static List<String> models(List<Entry> rows) {
        return rows.stream().map(Entry::model).toList();
    }

    @Test
    void showsTheBundledLeaderboardInItsOwnOrder() {
        assertEquals(209, vm.rows().size());
        assertEquals(209, vm.shownCountProperty().get());
        assertEquals("Gemini-2.5-Pro", vm.rows().get(0).model());
        assertEquals(new FacetValue("Google", 26), vm.filters().vendorChoices().stream()
                .filter(f -> f.value().equals("Google")).findFirst().orElseThrow());
    }

    @Test
    void vendorsAreOrLicencesAndSearchAreAnd() {
        vm.filters().selectedVendors().addAll(Set.of("Google", "OpenAI"));
        assertEquals(48, vm.rows().size());
        assertTrue(vm.rows().stream().allMatch(e -> Set.of("Google", "OpenAI").contains(e.organization())));
        vm.filters().selectedLicenses().add(LicenseClass.PROPRIETARY.name());
        vm.filters().searchProperty().set("gemini");
        assertFalse(vm.rows().isEmpty());
        assertTrue(vm.rows().stream().allMatch(e -> e.organization().equals("Google") && e.license().equals("Proprietary")
                && e.model().toLowerCase().contains("gemini")));
        assertEquals(vm.rows().size(), vm.shownCountProperty().get());
        vm.filters().clear();
        assertEquals(209, vm.rows().size());
        assertFalse(vm.filters().filterProperty().get().isActive());
    }

    @Test
    void openLicencesOnlyHidesProprietaryNonCommercialAndUnknown() {
        vm.filters().openLicensesOnlyProperty().set(true);
        assertTrue(vm.rows().stream().noneMatch(e -> Set.of("Proprietary", "Propretary", "CC-BY-NC-4.0", "MRL", "Other", "")
                .contains(e.license())));
        assertEquals(47 + 59, vm.rows().size(), "47 permissive and 59 community licences in the reference");
    }

    @Test
    void sortOrderSortsTheRows() {
        vm.sortOrderProperty().set(new SortOrder(List.of(new SortOrder.Key(Column.VOTES, true))));
        int previous = -1;
        for (Entry e : vm.rows()) {
            assertTrue(e.votes() >= previous);
            previous = e.votes();
        }
    }

    @Test
    void aBadFileKeepsTheRowsShownAndReportsFileAndLine() throws IOException {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, HEADER + "1,1,A,1400,+5/-5,100,X,MIT,,https://a.example\n2,2,B,x,+5/-5,100,X,MIT,,https://b.example\n");
        vm.openFile(bad);
        assertEquals(209, vm.rows().size());
        assertEquals(1, loadFailures.size());
        assertTrue(loadFailures.get(0).message().startsWith(bad + ":3: arena_score \"x\" is not a whole number"));
        assertTrue(vm.recentFiles().isEmpty());

        vm.showReadableRows(loadFailures.get(0));
        assertEquals(List.of("A"), models(vm.rows()));
        assertEquals(1, vm.unreadableRowsProperty().get());
    }

    @Test
    void aGoodFileReplacesTheDataAndKeepsFiltersThatStillApply() throws IOException {
        vm.filters().selectedVendors().addAll(Set.of("Google", "Nobody-else"));
        vm.filters().selectedVendors().add("Meta");
        Path good = dir.resolve("lmarena_text_20250804.csv");
        Files.writeString(good, HEADER + "1,1,A,1400,+5/-5,100,Google,MIT,,https://a.example\n"
                + "2,2,B,1390,+5/-5,100,X,MIT,,https://b.example\n");
        vm.openFile(good);
        assertEquals(Schema.C, vm.getBoard().schema());
        assertEquals(Set.of("Google"), vm.filters().selectedVendors());
        assertEquals(List.of("A"), models(vm.rows()));
        assertEquals(List.of(good.toAbsolutePath()), vm.recentFiles());
        assertEquals(0, vm.unreadableRowsProperty().get());
    }

    @Test
    void missingFileIsReportedAndNothingChanges() {
        vm.openFile(dir.resolve("gone.csv"));
        assertEquals(209, vm.rows().size());
        assertTrue(loadFailures.get(0).message().endsWith("gone.csv: no such file or folder"), loadFailures.get(0).message());
    }

    @Test
    void exportWritesTheCurrentViewOrEveryModel() throws IOException {
        vm.filters().selectedVendors().add("Anthropic");
        Path view = dir.resolve("view.md");
        vm.exportReport(new ExportChoice(view, ReportLanguage.EN, ExportScope.CURRENT_VIEW));
        List<String> lines = Files.readAllLines(view).stream().filter(l -> l.startsWith("| ")).toList();
        assertEquals(vm.rows().size() + 1, lines.size());
        assertTrue(lines.stream().skip(1).allMatch(l -> l.contains("| Anthropic ")));
        assertEquals(Notice.info("notice.exported", vm.rows().size(), view.toString()),
                vm.noticeProperty().get());

        Path all = dir.resolve("all.md");
        vm.exportReport(new ExportChoice(all, ReportLanguage.ZH, ExportScope.ALL_MODELS));
        assertEquals(210, Files.readAllLines(all).stream().filter(l -> l.startsWith("| ")).count());
        assertTrue(Files.readString(all).contains("## 排行榜"));
        assertTrue(Files.readAllLines(all).get(0).endsWith("(2025-06-27)"),
                "a report of old data says its date, not \"live\": " + Files.readAllLines(all).get(0));
    }

    @Test
    void exportIntoAMissingFolderReportsWhyAndWritesNothing() {
        Path target = dir.resolve("no/such/folder/report.md");
        vm.exportReport(new ExportChoice(target, ReportLanguage.EN, ExportScope.CURRENT_VIEW));
        assertEquals(1, writeFailures.size());
        assertEquals("the folder does not exist", writeFailures.get(0).reason());
        assertFalse(Files.exists(target));
    }

    @Test
    void defaultExportNameCarriesTheDataDate() {
        assertEquals("arena-leaderboard-2025-06-27.md", vm.defaultExportFileName());
        vm.show(new Leaderboard(List.of(), Schema.B, Optional.empty(), Optional.empty(), DataSource.file("x.csv")));
        assertEquals("arena-leaderboard-2026-01-02.md", vm.defaultExportFileName());
    }

    @Test
    void onlyWebLinksAreOpened() {
        Entry web = vm.rows().get(0);
        assertTrue(vm.openLink(web));
        assertEquals(List.of(URI.create("http://aistudio.google.com/app/prompts/new_chat?model=gemini-2.5-pro")), opened);

        Entry evil = Entries.withUrl(web, "javascript:alert(document.cookie)");
        assertFalse(vm.openLink(evil));
        assertEquals(1, opened.size());
        assertEquals(Notice.warning("notice.linkRefused", "javascript:alert(document.cookie)"), vm.noticeProperty().get());
    }

    @Test
    void rowMarkdownIsAOneRowTable() {
        String md = vm.rowMarkdown(vm.rows().get(0), ReportLanguage.EN);
        List<String> lines = md.lines().toList();
        assertEquals(3, lines.size());
        assertTrue(lines.get(2).contains("[Gemini-2.5-Pro](http://aistudio.google.com/"));
    }

    @Test
    void restoredFilterIgnoresValuesTheDataDoesNotHave() {
        vm.groupedProperty().set(false);
        vm.filters().apply(new Filter(Set.of("Google", "Vanished Inc."), Set.of("MIT"), "pro", true));
        assertEquals(Set.of("Google"), vm.filters().selectedVendors());
        assertEquals(Set.of("MIT"), vm.filters().selectedLicenses());
        assertEquals("pro", vm.filters().searchProperty().get());
        assertTrue(vm.filters().openLicensesOnlyProperty().get());
    }

    @Test
    void aFilterSavedUngroupedIsRestoredAsItsGroups() {
        vm.filters().apply(new Filter(Set.of("DeepSeek AI", "Vanished Inc."), Set.of("MIT"), "", false));
        assertEquals(Set.of("DeepSeek"), vm.filters().selectedVendors());
        assertEquals(Set.of(LicenseClass.OPEN_PERMISSIVE.name()), vm.filters().selectedLicenses());
        assertEquals(Set.of("DeepSeek-R1-0528", "DeepSeek-V3-0324", "DeepSeek-R1"), Set.copyOf(models(vm.rows())));
    }

    @Test
    void groupedVendorChoicesMergeSpellingsAndLicenceChoicesAreTheClasses() {
        assertTrue(vm.groupedProperty().get(), "grouping is on by default");
        assertTrue(vm.filters().vendorChoices().contains(new FacetValue("DeepSeek", 6 + 2)), "DeepSeek and DeepSeek AI");
        assertTrue(vm.filters().vendorChoices().contains(new FacetValue("Zhipu AI", 1 + 2)), "Zhipu and Zhipu AI");
        assertTrue(vm.filters().vendorChoices().contains(new FacetValue("Nexusflow", 2 + 1)), "NexusFlow and Nexusflow");
        assertTrue(vm.filters().vendorChoices().stream().noneMatch(f -> Set.of("DeepSeek AI", "Zhipu", "NexusFlow").contains(f.value())));
        assertEquals(209, vm.filters().vendorChoices().stream().mapToInt(FacetValue::count).sum());
        assertEquals(List.of(new FacetValue("PROPRIETARY", 78), new FacetValue("OPEN_PERMISSIVE", 47),
                new FacetValue("OPEN_RESTRICTED", 59), new FacetValue("NON_COMMERCIAL", 24), new FacetValue("UNKNOWN", 1)),
                vm.filters().licenseChoices());
    }

    @Test
    void filteringByALicenceClassKeepsEveryModelOfThatClass() {
        vm.filters().selectedLicenses().add(LicenseClass.NON_COMMERCIAL.name());
        assertEquals(24, vm.rows().size());
        assertEquals(Set.of("CC-BY-NC-4.0", "CC-BY-NC-SA-4.0", "MRL", "Mistral Research", "NexusFlow", "Non-commercial"),
                vm.rows().stream().map(Entry::license).collect(Collectors.toSet()), "the rows keep their published licences");
        vm.filters().selectedVendors().add("Mistral");
        assertEquals(Set.of("Mistral-Large-2407", "Mistral-Large-2411", "Ministral-8B-2410"), Set.copyOf(models(vm.rows())));
    }

    @Test
    void switchingGroupingCarriesTheCheckedValuesOverAndKeepsTheRows() {
        vm.filters().selectedVendors().add("DeepSeek");
        vm.filters().selectedLicenses().add(LicenseClass.OPEN_RESTRICTED.name());
        List<Entry> grouped = List.copyOf(vm.rows());
        assertEquals(5, grouped.size(), "3 DeepSeek and 2 DeepSeek AI models under DeepSeek's licence");

        vm.groupedProperty().set(false);
        assertEquals(Set.of("DeepSeek", "DeepSeek AI"), vm.filters().selectedVendors());
        assertEquals(21, vm.filters().selectedLicenses().size(), "every published spelling of a community licence");
        assertTrue(vm.filters().selectedLicenses().containsAll(Set.of("DeepSeek", "DeepSeek License", "Gemma", "Llama-3.3")));
        assertEquals(grouped, vm.rows(), "the same rows as published values");
        assertTrue(vm.filters().vendorChoices().contains(new FacetValue("DeepSeek AI", 2)));
        assertTrue(vm.filters().licenseChoices().contains(new FacetValue("MIT", 13)));
        assertFalse(vm.filters().filterProperty().get().grouped());

        vm.filters().selectedVendors().remove("DeepSeek");
        vm.groupedProperty().set(true);
        assertEquals(Set.of("DeepSeek"), vm.filters().selectedVendors(), "DeepSeek AI checks all of DeepSeek again");
        assertEquals(Set.of(LicenseClass.OPEN_RESTRICTED.name()), vm.filters().selectedLicenses());
        assertEquals(grouped, vm.rows());
    }

    @Test
    void recentFilesKeepTheNewestTen() throws IOException {
        for (int i = 0; i < 12; i++) {
            Path f = dir.resolve("f" + i + ".csv");
            Files.writeString(f, HEADER + "1,1,A,1400,+5/-5,100,X,MIT,,https://a.example\n");
            vm.openFile(f);
        }
        vm.openFile(dir.resolve("f5.csv"));
        assertEquals(MainViewModel.MAX_RECENT_FILES, vm.recentFiles().size());
        assertEquals(dir.resolve("f5.csv").toAbsolutePath(), vm.recentFiles().get(0));
        assertEquals(dir.resolve("f11.csv").toAbsolutePath(), vm.recentFiles().get(1));
    }

    /** The text arena never checked, with a board at hand or none. */
    static dev.arenaview.source.BoardSource.AtHand atHand(Optional<Leaderboard> board) {
        return new dev.arenaview.source.BoardSource.AtHand(dev.arenaview.model.Arena.TEXT,
                List.of(dev.arenaview.model.Category.OVERALL), dev.arenaview.model.Category.OVERALL, Optional.empty(), board);
    }

    @Test
    void theStartShowsWhatIsAtHandAndLeavesTheDueCheckToTheCaller() {
        List<Runnable> queued = new ArrayList<>();
        MainViewModel starting = new MainViewModel(queued::add, Runnable::run, opened::add,
                Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC), TestData.offline(dir.resolve("cache3")));
        Leaderboard bundled = BundledData.load();

        assertTrue(starting.showAtHand(atHand(Optional.of(bundled)), java.time.Duration.ofHours(6)),
                "never checked: due");
        assertEquals(209, starting.rows().size(), "the bundled rows are shown at once");
        assertFalse(starting.refreshingProperty().get(), "no check started yet: the app starts it after the window's first frame");
        assertEquals(Network.NOT_CHECKED, starting.networkProperty().get());

        assertFalse(starting.showAtHand(atHand(Optional.of(bundled)), java.time.Duration.ZERO),
                "automatic checks switched off");
        assertTrue(starting.showAtHand(atHand(Optional.empty()), java.time.Duration.ZERO),
                "nothing to show: a check even with automatic checks off");

        starting.startUp(dev.arenaview.model.Arena.TEXT, java.time.Duration.ofHours(6));
        assertTrue(starting.refreshingProperty().get(), "startUp starts the due check itself");
        assertEquals(Network.CHECKING, starting.networkProperty().get());
    }

    @Test
    void aRefreshCanBeCancelledAndTheTableStays() throws Exception {
        java.util.concurrent.CountDownLatch sending = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        try (dev.arenaview.source.TestServer server = new dev.arenaview.source.TestServer()) {
            server.route("/repo/releases/latest/download/lmarena_text.csv", exchange -> {
                exchange.sendResponseHeaders(200, 100_000);
                exchange.getResponseBody().write(HEADER.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                exchange.getResponseBody().flush();
                sending.countDown();
                release.await(60, java.util.concurrent.TimeUnit.SECONDS);
            });
            java.util.concurrent.ExecutorService background = java.util.concurrent.Executors.newSingleThreadExecutor();
            FxQueue fx = new FxQueue();
            try {
                MainViewModel slow = new MainViewModel(background, fx, opened::add, Clock.systemUTC(),
                        TestData.at(dir.resolve("cache2"), server.base(), Clock.systemUTC()));
                slow.show(BundledData.load());
                slow.refresh();
                assertTrue(slow.refreshingProperty().get());
                assertTrue(sending.await(30, java.util.concurrent.TimeUnit.SECONDS), "the download started");
                slow.cancelRefresh();
                fx.await(() -> !slow.refreshingProperty().get(), java.time.Duration.ofSeconds(30),
                        "the refresh to end once cancelled, while the server still sends");
                assertEquals(Notice.info("notice.refreshCancelled"), slow.noticeProperty().get());
                assertEquals(209, slow.rows().size());
            } finally {
                release.countDown();
                background.shutdownNow();
            }
        }
    }

    static Path bigFile(Path dir, int rows) throws IOException {
        Path file = dir.resolve("big-" + rows + ".csv");
        try (java.io.BufferedWriter w = Files.newBufferedWriter(file)) {
            w.write(HEADER);
            for (int i = 1; i <= rows; i++) {
                w.write(i + ",1,Model-" + i + "," + (2000 - i / 1000) + ",+5/-5," + (i % 9000) + ",Vendor-" + (i % 40)
                        + ",MIT,,https://a.example/" + i + "\n");
            }
        }
        return file;
    }

    @Test
    void aLargeBoardsNameKeysWaitForTheIdleExecutorNotTheOneKeystrokesUse() throws Exception {
        List<Runnable> idle = new ArrayList<>();
        int[] background = {0};
        MainViewModel large = new MainViewModel(r -> {
            background[0]++;
            r.run();
        }, idle::add, Runnable::run, opened::add, Clock.systemUTC(), TestData.offline(dir.resolve("cache4")));
        large.openFile(bigFile(dir, 30_000));
        assertEquals(30_000, large.rows().size());
        assertEquals(1, idle.size(), "the keys of a board over 20,000 rows are prepared while idle");
        int before = background[0];
        large.filters().searchProperty().set("model-1");
        assertEquals(before + 1, background[0], "a keystroke's search is the background executor's next job");
        idle.get(0).run();
        large.sortOrderProperty().set(new SortOrder(List.of(new SortOrder.Key(dev.arenaview.model.Column.MODEL, true))));
        assertEquals("Model-1", large.rows().get(0).model(), "and a click on Model then sorts by name");
    }

    @Test
    void aLargeFileShowsItsFirstRowsAndThenAll() throws Exception {
        Path big = bigFile(dir, 30_000);
        List<Integer> sizes = new ArrayList<>();
        vm.rows().addListener((javafx.collections.ListChangeListener<Entry>) c -> sizes.add(vm.rows().size()));
        List<Double> progress = new ArrayList<>();
        vm.loadProgressProperty().addListener((obs, was, now) -> progress.add(now.doubleValue()));
        vm.openFile(big);
        assertTrue(sizes.contains(dev.arenaview.csv.ReadListener.FIRST_ROWS), "the first rows were shown first: " + sizes);
        assertEquals(30_000, vm.rows().size());
        assertEquals(0.0, progress.get(0), "a file of known size: a bar from 0%, not an indeterminate one");
        for (int i = 1; i < progress.size() - 1; i++) {
            assertTrue(progress.get(i) >= progress.get(i - 1), "the bar only grows: " + progress);
        }
        assertEquals(-1, vm.loadProgressProperty().get(), "and goes when the file is in");
        assertEquals(null, vm.loadingFileProperty().get());
    }

    @Test
    void stoppingALoadBringsBackWhatWasShown() throws Exception {
        Path big = bigFile(dir, 400_000);
        java.util.concurrent.ExecutorService background = java.util.concurrent.Executors.newSingleThreadExecutor();
        FxQueue fx = new FxQueue();
        try {
            MainViewModel loading = new MainViewModel(background, fx, opened::add, Clock.systemUTC(),
                    TestData.offline(dir.resolve("cache3")));
            loading.show(BundledData.load());
            loading.openFile(big);
            fx.await(() -> loading.rows().size() == dev.arenaview.csv.ReadListener.FIRST_ROWS,
                    java.time.Duration.ofSeconds(30), "the preview of the first rows");
            loading.cancelLoad();
            fx.await(() -> loading.loadingFileProperty().get() == null, java.time.Duration.ofSeconds(30),
                    "the load to end once stopped");
            assertEquals(209, loading.rows().size(), "the data shown before is back");
            assertEquals(Notice.info("notice.loadCancelled", big.getFileName().toString()), loading.noticeProperty().get());
        } finally {
            background.shutdownNow();
        }
    }

    @Test
    void atStartTheComparisonWaitsForTheWindowsFirstFrame() throws IOException {
        java.util.ArrayDeque<Runnable> queued = new java.util.ArrayDeque<>();
        MainViewModel starting = new MainViewModel(queued::add, Runnable::run, opened::add, Clock.systemUTC(),
                TestData.offline(dir.resolve("cache5")));
        starting.deferComparisons();
        Path august = dir.resolve("lmarena_text_20250804.csv");
        Files.writeString(august, HEADER + "1,1,Gemini-2.5-Pro,1480,+5/-5,13000,Google,Proprietary,,https://g.example\n");
        starting.openFile(august);
        queued.poll().run(); // reading the file
        assertEquals(1, starting.rows().size());
        assertTrue(queued.isEmpty(), "nothing is compared before the first frame");
        starting.resumeComparisons();
        queued.poll().run();
        assertEquals(LocalDate.of(2025, 6, 27), starting.comparedWithProperty().get(), "then compared with the bundled data");
    }

    @Test
    void theComparisonIsWorkedOutOnTheBackgroundThreadNotBeforeTheRowsShow() throws IOException {
        java.util.ArrayDeque<Runnable> queued = new java.util.ArrayDeque<>();
        MainViewModel queuedVm = new MainViewModel(queued::add, Runnable::run, opened::add, Clock.systemUTC(),
                TestData.offline(dir.resolve("cache4")));
        Path august = dir.resolve("lmarena_text_20250804.csv");
        Files.writeString(august, HEADER + "1,1,Gemini-2.5-Pro,1480,+5/-5,13000,Google,Proprietary,,https://g.example\n"
                + "2,2,Brand-New,1470,+5/-5,900,X,MIT,,https://n.example\n");
        queuedVm.openFile(august);
        queued.poll().run(); // reading the file
        assertEquals(2, queuedVm.rows().size(), "the rows show at once");
        assertTrue(queuedVm.changesProperty().get().isEmpty(), "the comparison has not been worked out yet");
        assertEquals(1, queued.size(), "it waits on the background thread");
        queued.poll().run();
        assertEquals(LocalDate.of(2025, 6, 27), queuedVm.comparedWithProperty().get(), "compared with the bundled data");
        assertEquals(1, queuedVm.changesProperty().get().newCount());
    }

    @Test
    void aLargeBoardIsSortedAndFilteredInTheBackgroundAndOnlyTheLatestRequestIsShown() {
        // Over AT_ONCE_ROWS the work goes to the background thread: here a queue the test runs.
        List<Runnable> queued = new ArrayList<>();
        MainViewModel large = new MainViewModel(queued::add, Runnable::run, opened::add, Clock.systemUTC(),
                TestData.offline(dir.resolve("cache")));
        int n = MainViewModel.AT_ONCE_ROWS + 5_000;
        Entry[] entries = new Entry[n];
        for (int i = 0; i < n; i++) {
            entries[i] = Entries.entry((i % 7 == 0 ? "gemini-" : "model-") + i, i + 1, 1000 + i % 500, n - i, "V", "MIT");
        }
        large.show(Entries.board(Schema.A, null, entries));
        queued.forEach(Runnable::run); // what showing a board starts by itself (the comparison)
        queued.clear();
        List<Entry> before = List.copyOf(large.rows());
        int[] changes = {0};
        large.rows().addListener((javafx.collections.ListChangeListener<Entry>) c -> changes[0]++);

        large.sortOrderProperty().set(new SortOrder(List.of(new SortOrder.Key(Column.VOTES, true))));
        large.filters().searchProperty().set("gemini");
        assertEquals(before, large.rows(), "the rows shown stay until the new ones are ready");
        assertEquals(2, queued.size());

        queued.forEach(Runnable::run);
        assertEquals(1, changes[0], "the first request's rows, outdated by the second, are never shown");
        List<Entry> shown = large.rows();
        assertEquals((n + 6) / 7, shown.size());
        assertTrue(shown.stream().allMatch(e -> e.model().startsWith("gemini-")));
        for (int i = 1; i < shown.size(); i++) {
            assertTrue(shown.get(i - 1).votes() <= shown.get(i).votes(), "in the new order");
        }

        // More letters: searched among all names again while many rows are shown, and tested on
        // the shown rows alone once they are very few ("gemini-123" leaves 16 of 25,000); the
        // same rows either way.
        for (String search : List.of("gemini-1", "gemini-123", "gemini-1234")) {
            queued.clear();
            large.filters().searchProperty().set(search);
            queued.forEach(Runnable::run);
            assertEquals(shown.stream().filter(e -> e.model().startsWith(search)).toList(), large.rows(), search);
        }
        assertEquals(List.of("gemini-12341", "gemini-12348"), large.rows().stream().map(Entry::model).sorted().toList());
    }

    /** Two categories of the text board in memory, as LMArena's dataset would give them once fetched. */
    static final class TwoCategories implements dev.arenaview.source.BoardSource {
        final dev.arenaview.model.Category coding = new dev.arenaview.model.Category("coding");

        dev.arenaview.model.Leaderboard board(dev.arenaview.model.Category category, String model) {
            Entry e = BundledData.load().entries().get(0);
            Entry renamed = new Entry(e.rank(), e.rankStyleCtrl(), model, e.score(), e.ci(), e.votes(), e.organization(),
                    e.license(), e.cutoff(), e.url());
            return new dev.arenaview.model.Leaderboard(List.of(renamed), BundledData.load().schema(),
                    Optional.of(dev.arenaview.model.Arena.TEXT), Optional.of(LocalDate.of(2026, 10, 2)),
                    dev.arenaview.model.DataSource.file("text.csv"), category, dev.arenaview.model.Origin.LMARENA);
        }

        @Override public dev.arenaview.model.Origin origin() { return dev.arenaview.model.Origin.LMARENA; }
        @Override public List<dev.arenaview.model.Arena> arenas() { return List.of(dev.arenaview.model.Arena.values()); }
        @Override public List<dev.arenaview.model.Category> categories(dev.arenaview.model.Arena a) {
            return List.of(dev.arenaview.model.Category.OVERALL, coding);
        }
        @Override public Optional<dev.arenaview.model.Leaderboard> offline(dev.arenaview.model.Arena a, dev.arenaview.model.Category c) {
            return Optional.of(board(c, c.isOverall() ? "Overall-Model" : "Coding-Model"));
        }
        @Override public Optional<Instant> lastCheck(dev.arenaview.model.Arena a) { return Optional.empty(); }
        @Override public Fetched refresh(dev.arenaview.model.Arena a, dev.arenaview.model.Category c,
                                         dev.arenaview.source.CancelToken t, Progress p) { throw new AssertionError("no fetch"); }
        @Override public boolean historyAtHand(dev.arenaview.model.Arena a) { return false; }
        @Override public long historySize(dev.arenaview.model.Arena a, dev.arenaview.source.CancelToken t) { return 0; }
        @Override public void fetchHistory(dev.arenaview.model.Arena a, dev.arenaview.source.CancelToken t, Progress p) { }
        @Override public List<LocalDate> dates(dev.arenaview.model.Arena a, dev.arenaview.model.Category c) { return List.of(); }
        @Override public dev.arenaview.model.Leaderboard day(dev.arenaview.model.Arena a, dev.arenaview.model.Category c,
                                                             LocalDate d, dev.arenaview.source.CancelToken t, Progress p) {
            throw new AssertionError("no day");
        }
        @Override public Optional<dev.arenaview.model.Leaderboard> previous(dev.arenaview.model.Leaderboard b) { return Optional.empty(); }
        @Override public dev.arenaview.source.HistoryLoader.Loaded history(dev.arenaview.model.Arena a, dev.arenaview.model.Category c) {
            return new dev.arenaview.source.HistoryLoader.Loaded(List.of(), List.of());
        }
    }

    @Test
    void aSwitchOfCategoryNamesItAtOnceAndReadsItsBoardOffTheWindowThread() {
        java.util.ArrayDeque<Runnable> queued = new java.util.ArrayDeque<>();
        TwoCategories source = new TwoCategories();
        MainViewModel switching = new MainViewModel(queued::add, Runnable::run, Runnable::run, opened::add,
                Clock.systemUTC(), source);
        switching.show(source.board(dev.arenaview.model.Category.OVERALL, "Overall-Model"));
        queued.clear(); // the comparison
        switching.selectCategory(source.coding);
        assertEquals(source.coding, switching.categoryProperty().get(), "the picker names it at once");
        assertEquals(List.of("Overall-Model"), models(switching.rows()), "the table keeps its board meanwhile");
        switching.selectCategory(dev.arenaview.model.Category.OVERALL);
        switching.selectCategory(source.coding);
        while (!queued.isEmpty()) {
            queued.poll().run();
        }
        assertEquals(List.of("Coding-Model"), models(switching.rows()), "only the newest switch is shown");
        assertEquals(source.coding, switching.getBoard().category());
        assertEquals(source.coding, switching.categoryChoices().get(dev.arenaview.model.Arena.TEXT), "kept for the arena");

        // A category the arena does not have (remembered from another source) opens on overall.
        dev.arenaview.source.BoardSource.AtHand math = source.atHand(dev.arenaview.model.Arena.TEXT,
                new dev.arenaview.model.Category("math"));
        assertEquals(dev.arenaview.model.Category.OVERALL, math.category());
        assertEquals("Overall-Model", math.board().orElseThrow().entries().get(0).model());
    }
}
