package dev.arenaview.ui.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.arenaview.model.Arena;
import dev.arenaview.model.ChartData.Interval;
import dev.arenaview.model.ChartData.VendorStat;
import dev.arenaview.model.Column;
import dev.arenaview.model.Entry;
import dev.arenaview.model.History;
import dev.arenaview.model.SortOrder;
import dev.arenaview.source.BundledData;
import dev.arenaview.source.HttpFetcher;
import dev.arenaview.source.LatestData;
import dev.arenaview.source.SnapshotCache;
import dev.arenaview.source.UpstreamSource;
import dev.arenaview.ui.MainViewModel;
import dev.arenaview.ui.shared.Notice;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The charts' data follows the table's rows, order and selection; no window, no robot. */
class ChartsModelTest {

    static final String HEADER = "rank,rank_stylectrl,model,arena_score,95_pct_ci,votes,organization,license,knowledge_cutoff,url\n";

    @TempDir
    Path dir;

    SnapshotCache cache;
    MainViewModel vm;
    final ObservableList<Entry> selection = FXCollections.observableArrayList();
    /** Updates the model asked to run later, not yet run. */
    final List<Runnable> queued = new ArrayList<>();
    ChartsModel charts;

    @BeforeEach
    void setUp() {
        cache = new SnapshotCache(dir.resolve("cache"));
        LatestData data = new LatestData(cache,
                new HttpFetcher(new HttpFetcher.Options(Duration.ofSeconds(1), Duration.ofSeconds(1), 1 << 20, 1)),
                new UpstreamSource(URI.create("http://127.0.0.1:9/repo")), Clock.systemUTC());
        vm = new MainViewModel(Runnable::run, Runnable::run, uri -> { }, Clock.systemUTC(), data);
        vm.show(BundledData.load());
        charts = new ChartsModel(vm, selection, queued::add);
    }

    void runQueued() {
        List<Runnable> now = new ArrayList<>(queued);
        queued.clear();
        now.forEach(Runnable::run);
    }

    void show() {
        charts.activeProperty().set(true);
        runQueued();
    }

    static List<String> models(List<Interval> intervals) {
        return intervals.stream().map(i -> i.entry().model()).toList();
    }

    @Test
    void filteredToTwoVendorsTheIntervalsAreTheirFirstRowsInTheTablesOrder() {
        show();
        charts.topProperty().set(10);
        vm.filters().selectedVendors().addAll(Set.of("Google", "OpenAI"));
        runQueued();

        List<Interval> intervals = charts.intervalsProperty().get();
        assertEquals(10, intervals.size(), "top N respected");
        assertEquals(vm.rows().subList(0, 10).stream().map(Entry::model).toList(), models(intervals));
        assertTrue(intervals.stream().allMatch(i -> Set.of("Google", "OpenAI").contains(i.entry().organization())));
        assertEquals(48, charts.pointsProperty().get().size(), "every visible model is a point");

        vm.sortOrderProperty().set(new SortOrder(List.of(new SortOrder.Key(Column.VOTES, false))));
        runQueued();
        assertEquals(vm.rows().subList(0, 10).stream().map(Entry::model).toList(),
                models(charts.intervalsProperty().get()), "the table's new order, most votes first");
        List<Integer> votes = charts.intervalsProperty().get().stream().map(i -> i.entry().votes()).toList();
        for (int i = 1; i < votes.size(); i++) {
            assertTrue(votes.get(i - 1) >= votes.get(i));
        }
    }

    @Test
    void theVendorsAreThoseOfTheVisibleRows() {
        show();
        vm.filters().selectedVendors().addAll(Set.of("Google", "OpenAI"));
        runQueued();
        List<VendorStat> vendors = charts.vendorsProperty().get();
        assertEquals(List.of("Google", "OpenAI"), vendors.stream().map(VendorStat::vendor).toList());
        assertEquals(26, vendors.get(0).models());
        assertEquals(22, vendors.get(1).models());
        assertEquals("Gemini-2.5-Pro", vendors.get(0).best().model());

        vm.filters().searchProperty().set("mini");
        runQueued();
        assertTrue(charts.vendorsProperty().get().stream().mapToInt(VendorStat::models).sum() < 48);
        assertEquals(vm.rows().size(), charts.vendorsProperty().get().stream().mapToInt(VendorStat::models).sum());
    }

    @Test
    void vendorSpellingsAreOneBarWhileTheWindowGroupsThem() {
        // The bundled data spells DeepSeek both "DeepSeek" and "DeepSeek AI".
        show();
        List<String> grouped = charts.vendorsProperty().get().stream().map(VendorStat::vendor).toList();
        assertTrue(grouped.contains("DeepSeek"));
        assertFalse(grouped.contains("DeepSeek AI"));
        vm.groupedProperty().set(false);
        runQueued();
        List<String> published = charts.vendorsProperty().get().stream().map(VendorStat::vendor).toList();
        assertTrue(published.containsAll(List.of("DeepSeek", "DeepSeek AI")));
        assertEquals(grouped.size() + 5, published.size(), "48 spellings, 43 vendors");
    }

    @Test
    void aBurstOfChangesIsOneUpdateAndNothingIsWorkedOutWhileHidden() {
        vm.filters().searchProperty().set("g");
        assertTrue(queued.isEmpty(), "hidden: nothing scheduled");
        assertTrue(charts.intervalsProperty().get().isEmpty());

        show();
        assertEquals(vm.rows().get(0), charts.intervalsProperty().get().get(0).entry());
        vm.filters().searchProperty().set("ge");
        vm.filters().searchProperty().set("gem");
        vm.filters().searchProperty().set("gemi");
        assertEquals(1, queued.size(), "three keystrokes, one update");
        runQueued();
        assertTrue(models(charts.intervalsProperty().get()).stream().allMatch(m -> m.toLowerCase().contains("gemi")));
    }

    @Test
    void historyFollowsTheSelectionElseTheTablesFirstRows() throws IOException {
        store("2025-07-18", "1,1,Gemini-2.5-Pro,1470,+4/-4,9000,Google,Proprietary,,https://g.example",
                "2,2,o3-2025-04-16,1450,+5/-5,8000,OpenAI,Proprietary,,https://o.example");
        store("2025-08-04", "1,1,o3-2025-04-16,1480,+5/-5,9900,OpenAI,Proprietary,,https://o.example",
                "2,2,Gemini-2.5-Pro,1475,+4/-4,9500,Google,Proprietary,,https://g.example");
        show();

        History history = charts.historyProperty().get();
        assertEquals(List.of(LocalDate.of(2025, 6, 27), LocalDate.of(2025, 7, 18), LocalDate.of(2025, 8, 4)),
                history.dates(), "the cached snapshots and the bundled one");
        assertFalse(charts.seriesFromSelectionProperty().get());
        assertEquals(vm.rows().subList(0, ChartsModel.DEFAULT_SERIES).stream().map(Entry::model).toList(),
                charts.seriesProperty().get().stream().map(History.Series::model).toList());

        selection.setAll(vm.rows().stream().filter(e -> e.model().equals("o3-2025-04-16")).toList());
        assertTrue(charts.seriesFromSelectionProperty().get());
        History.Series o3 = charts.seriesProperty().get().get(0);
        assertEquals("o3-2025-04-16", o3.model());
        assertEquals(List.of(1428, 1450, 1480), o3.points().stream().map(History.Point::score).toList());
        assertEquals(List.of(3, 2, 1), o3.points().stream().map(History.Point::rank).toList());
    }

    @Test
    void aFolderWithABadFileGivesTheHistoryOfTheGoodOnesAndNamesTheBadOne() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("history"));
        Files.writeString(folder.resolve("lmsys_2025.05.01.csv"),
                HEADER + "1,1,Gemini-2.5-Pro,1440,+4/-4,9000,Google,Proprietary,,https://g.example\n");
        Files.writeString(folder.resolve("lmsys_2025.06.01.csv"),
                HEADER + "1,1,Gemini-2.5-Pro,1460,+4/-4,9000,Google,Proprietary,,https://g.example\n");
        Files.writeString(folder.resolve("lmsys_2025.05.15.csv"), "<html><body>Not Found</body></html>\n");
        show();

        charts.useHistoryFolder(folder);

        assertEquals(List.of(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 6, 1)), charts.historyProperty().get().dates());
        assertEquals(List.of("lmsys_2025.05.15.csv"), charts.skippedProperty().get().stream()
                .map(s -> s.file()).toList());
        Notice notice = vm.noticeProperty().get();
        assertEquals(Notice.Kind.WARNING, notice.kind());
        assertEquals("notice.historySkipped", notice.key());
        assertEquals(List.of(1, "lmsys_2025.05.15.csv"), notice.args());

        charts.useCachedHistory();
        assertEquals(List.of(LocalDate.of(2025, 6, 27)), charts.historyProperty().get().dates());
        assertTrue(charts.skippedProperty().get().isEmpty());
    }

    void store(String date, String... rows) throws IOException {
        byte[] csv = (HEADER + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8);
        cache.store(Arena.TEXT, csv, Optional.of(LocalDate.parse(date)), "https://x.example/" + date, rows.length,
                Instant.EPOCH);
    }
}
