package dev.arenaview.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.arenaview.model.Arena;
import dev.arenaview.model.Category;
import dev.arenaview.model.Entry;
import dev.arenaview.model.Origin;
import dev.arenaview.report.ReportLanguage;
import dev.arenaview.source.BoardSource;
import dev.arenaview.source.CsvBoards;
import dev.arenaview.source.HttpFetcher;
import dev.arenaview.source.lmarena.Boards;
import dev.arenaview.source.lmarena.HubSource;
import dev.arenaview.source.lmarena.HubStandIn;
import dev.arenaview.source.lmarena.LmarenaBoards;
import dev.arenaview.source.lmarena.LmarenaData;
import dev.arenaview.ui.chart.HistoryChart;
import dev.arenaview.ui.shared.Dialogs;
import dev.arenaview.ui.shared.ExportChoice;
import dev.arenaview.ui.shared.ExportScope;
import dev.arenaview.ui.shared.Settings;
import dev.arenaview.ui.shared.UiLanguage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window on LMArena's dataset, with a loopback stand-in for Hugging Face: arenas and
 * categories by mouse and keyboard, a fetch's progress, Cancel and failure, the history's
 * download for the chart and for comparisons, reports of a category, and a restart.
 */
@ExtendWith(ApplicationExtension.class)
class LmarenaWindowTest {

    @TempDir
    Path dir;

    HubStandIn hub;
    final MemoryPreferences prefs = new MemoryPreferences();
    Settings settings;
    final TestDialogs dialogs = new TestDialogs();
    ExecutorService background;
    MainViewModel vm;
    MainWindow window;
    Stage stage;
    final Clock clock = Clock.fixed(Instant.parse("2026-10-03T10:00:00Z"), ZoneOffset.UTC);

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        hub = new HubStandIn();
        Boards.publishLatest(hub);
        Boards.publishFull(hub);
        settings = new Settings(prefs);
        background = Executors.newSingleThreadExecutor();
        vm = new MainViewModel(background, background, Platform::runLater, uri -> { }, clock, source(dir.resolve("cache")));
        vm.startUp(settings.arena(), settings.category(settings.arena()), Duration.ZERO);
        window = new MainWindow(stage, vm, settings, dialogs, UiLanguage.EN, choice -> source(dir.resolve("cache")));
        stage.setWidth(1280);
        window.show();
    }

    BoardSource source(Path cache) {
        return new LmarenaBoards(new LmarenaData(cache, new HttpFetcher(), new HubSource(hub.endpoint()), clock,
                TestData.offline(cache)));
    }

    @AfterEach
    void cleanUp() throws TimeoutException, InterruptedException {
        FxToolkit.cleanupStages();
        background.shutdownNow();
        background.awaitTermination(10, TimeUnit.SECONDS);
        hub.close();
    }

    static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    static TableView<Entry> table(FxRobot robot) {
        return robot.lookup("#leaderboardTable").queryAs(TableView.class);
    }

    static List<String> models(FxRobot robot) {
        return table(robot).getItems().stream().map(Entry::model).toList();
    }

    static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    /** Waits until the table shows the board of an arena and category (read on the background thread). */
    void waitForBoard(Arena arena, String category) throws TimeoutException {
        waitUntil(() -> vm.getBoard().arena().orElse(null) == arena && vm.getBoard().category().id().equals(category));
    }

    /** F5, and wait until the fetch is over. */
    void fetch(FxRobot robot) throws TimeoutException {
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        waitUntil(() -> !vm.refreshingProperty().get());
    }

    @SuppressWarnings("unchecked")
    static ListView<Category> categoryList(FxRobot robot) {
        return robot.lookup("#categoryList").queryAs(ListView.class);
    }

    @Test
    void arenasAndCategoriesAreReachedByMouseAndKeyboard(FxRobot robot) throws TimeoutException {
        assertEquals(Origin.FBOULNOIS, vm.getBoard().origin(), "before the first fetch: the bundled board");
        fetch(robot);
        assertEquals(Origin.LMARENA, vm.getBoard().origin());
        assertEquals(List.of("gemini-4-argon-high", "gpt-5", "claude-opus-5", "qwen4-max", "glm-5", "gemini-2.5-pro",
                "mystery-model"), models(robot));
        assertTrue(text(robot, "#dataLabel").startsWith("Text \u00b7 Overall \u00b7 Data of 2026-10-02 (1 day old)"),
                text(robot, "#dataLabel"));
        ComboBox<?> arenas = robot.lookup("#arenaPicker").queryAs(ComboBox.class);
        assertEquals(10, arenas.getItems().size(), "every rating board");

        // The category by mouse: the list names them, a click shows the board.
        robot.clickOn("#categoryPicker");
        assertEquals(List.of(Category.OVERALL, new Category("coding")), categoryList(robot).getItems());
        robot.clickOn("Coding");
        assertEquals(new Category("coding"), vm.categoryProperty().get(), "the picker names it at once");
        waitForBoard(Arena.TEXT, "coding");
        assertEquals("gpt-5", models(robot).get(0));
        assertEquals("Arena Viewer \u2014 Text \u00b7 Coding \u00b7 2026-10-01", stage.getTitle());
        assertEquals("Coding", robot.lookup("#categoryPicker").queryAs(Button.class).getText());
        assertTrue(text(robot, "#dataLabel").startsWith("Text \u00b7 Coding \u00b7 Data of 2026-10-01 (2 days old)"),
                "the category's own date: " + text(robot, "#dataLabel"));

        // By keyboard: type on the picker to find, Enter to take it.
        robot.clickOn("#categoryPicker");
        robot.type(KeyCode.ESCAPE);
        robot.write("over").type(KeyCode.ENTER);
        waitForBoard(Arena.TEXT, "overall");
        assertEquals(Category.OVERALL, vm.categoryProperty().get());
        assertEquals(7, table(robot).getItems().size());

        // The arena by keyboard: Down on the picker takes the next board, fetched as it is not cached.
        robot.clickOn("#arenaPicker");
        robot.type(KeyCode.ESCAPE);
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        waitUntil(() -> !vm.refreshingProperty().get() && vm.getBoard().arena().orElseThrow() == Arena.WEBDEV);
        assertEquals(List.of("claude-opus-5", "gpt-5", "kimi-k3"), models(robot));
        TableColumn<Entry, ?> style = table(robot).getColumns().stream()
                .filter(c -> c.getText().equals("Rank (StyleCtrl)")).findFirst().orElseThrow();
        assertFalse(style.isVisible(), "webdev publishes no StyleCtrl rank: the column is hidden");
        assertTrue(robot.lookup("#categoryPicker").queryAs(Button.class).isDisabled(), "webdev has one category");

        // Back to text by mouse: its cached board at once, on the category last chosen there.
        robot.clickOn("#arenaPicker").clickOn("Text");
        waitForBoard(Arena.TEXT, "overall");
        assertEquals(Arena.TEXT, vm.getBoard().arena().orElseThrow());
        assertEquals(7, table(robot).getItems().size());
        assertTrue(style.isVisible(), "text has StyleCtrl ranks");
    }

    @Test
    void aFetchShowsItsProgressAndCancelKeepsTheTable(FxRobot robot) throws Exception {
        List<String> before = models(robot);
        HubStandIn.Held held = hub.hold(Boards.TEXT_LATEST);
        robot.type(KeyCode.F5);
        assertTrue(held.halfSent.await(20, TimeUnit.SECONDS));
        waitUntil(() -> vm.downloadProperty().get() != null && vm.downloadProperty().get().done() > 0);
        String shown = text(robot, "#downloadLabel");
        assertTrue(shown.matches("Downloading text/latest-00000-of-00001\\.parquet: 0\\.0 of 0\\.0 MB \\((4[0-9]|50)%\\)"),
                shown);
        double progress = robot.lookup("#busyIndicator").queryAs(ProgressBar.class).getProgress();
        assertTrue(progress > 0.3 && progress < 0.7, "the bar shows how far: " + progress);
        robot.clickOn("#cancelDownload");
        held.release();
        waitUntil(() -> !vm.refreshingProperty().get());
        assertEquals("Refresh cancelled; the table is as it was", text(robot, "#noticeLabel"));
        assertEquals(before, models(robot));
        assertEquals("", text(robot, "#downloadLabel"));
        assertFalse(robot.lookup("#cancelDownload").queryAs(Button.class).isVisible());
    }

    @Test
    void aFailedFetchKeepsTheTableAndSaysWhy(FxRobot robot) throws TimeoutException {
        fetch(robot);
        List<String> before = models(robot);
        hub.failListing("text");
        fetch(robot);
        assertEquals(before, models(robot), "the table keeps the cached board");
        assertEquals("Offline", text(robot, "#networkLabel"));
        assertTrue(text(robot, "#noticeLabel").startsWith("Cannot refresh: ") && text(robot, "#noticeLabel").contains("500"),
                text(robot, "#noticeLabel"));
    }

    @Test
    void theHistoryChartAsksThenDownloadsTheFullSplitOnce(FxRobot robot) throws TimeoutException {
        fetch(robot);
        robot.press(KeyCode.CONTROL, KeyCode.G).release(KeyCode.G, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("History");
        waitUntil(() -> !dialogs.historyQuestions.isEmpty());
        assertEquals(Arena.TEXT, dialogs.historyQuestions.get(0).arena());
        assertTrue(dialogs.historyQuestions.get(0).bytes() > 1000, "the question gives the size");
        waitUntil(() -> !vm.refreshingProperty().get() && hub.downloads(Boards.TEXT_FULL) == 1);
        HistoryChart chart = robot.lookup("#historyChart").queryAs(HistoryChart.class);
        waitUntil(() -> !chart.series().isEmpty() && chart.series().get(0).points().size() == 2);
        assertEquals("gemini-4-argon-high", chart.series().get(0).model());
        assertTrue(robot.lookup("#historySource").queryAs(Label.class).getText()
                .startsWith("Text \u00b7 Overall: LMArena\u2019s published history"));
        assertFalse(robot.lookup("#historyDownload").queryAs(Button.class).isVisible());
        assertTrue(text(robot, "#noticeLabel").startsWith("Downloaded the text history"), text(robot, "#noticeLabel"));

        // Kept: another look asks nothing and downloads nothing.
        robot.clickOn("Vendors").clickOn("History");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, dialogs.historyQuestions.size());
        assertEquals(1, hub.downloads(Boards.TEXT_FULL));
    }

    @Test
    void aDeclinedHistoryDownloadsNothingAndOffersTheButton(FxRobot robot) throws TimeoutException {
        fetch(robot);
        dialogs.downloadHistory = false;
        robot.press(KeyCode.CONTROL, KeyCode.G).release(KeyCode.G, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("History");
        waitUntil(() -> !dialogs.historyQuestions.isEmpty() && !vm.refreshingProperty().get());
        assertEquals(0, hub.downloads(Boards.TEXT_FULL));
        assertTrue(robot.lookup("#historyDownload").queryAs(Button.class).isVisible());
        dialogs.downloadHistory = true;
        robot.clickOn("#historyDownload");
        waitUntil(() -> hub.downloads(Boards.TEXT_FULL) == 1 && !vm.refreshingProperty().get());
        assertEquals(2, dialogs.historyQuestions.size());
    }

    @Test
    void comparingWithAPastDateDownloadsTheHistoryAndOffersEveryDate(FxRobot robot) throws TimeoutException {
        fetch(robot);
        robot.clickOn("#compareDate .text-field").write("2026-09-15").type(KeyCode.ENTER);
        waitUntil(() -> LocalDate.of(2026, 9, 15).equals(vm.comparedWithProperty().get()));
        assertEquals(1, dialogs.historyQuestions.size(), "asked first");
        assertEquals(List.of(LocalDate.of(2026, 9, 15), LocalDate.of(2023, 5, 3)), List.copyOf(vm.historyDates()),
                "every published date of the category");
        // gpt-5 was published as gpt-5-preview then: a new name, and the preview left.
        assertTrue(vm.changesProperty().get().gone().stream().anyMatch(e -> e.model().equals("gpt-5-preview")));
        assertTrue(text(robot, "#changesSummary").startsWith("Since 2026-09-15:"), text(robot, "#changesSummary"));
    }

    @Test
    void aReportOfACategoryNamesItInBothLanguages(FxRobot robot) throws Exception {
        fetch(robot);
        robot.clickOn("#categoryPicker").clickOn("Coding");
        waitForBoard(Arena.TEXT, "coding");
        for (ReportLanguage language : ReportLanguage.values()) {
            Path target = dir.resolve("report-" + language.id() + ".md");
            dialogs.exportChoice = Optional.of(new ExportChoice(target, language, ExportScope.CURRENT_VIEW));
            robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
            waitUntil(() -> Files.exists(target));
            String report = Files.readString(target);
            assertTrue(report.contains(language == ReportLanguage.ZH ? "编程" : "Coding"), report);
            assertTrue(report.contains("lmarena-ai/leaderboard-dataset") && report.contains("CC-BY-4.0"), report);
            assertTrue(report.contains("gpt-5"), report);
        }
        assertEquals("arena-leaderboard-text-coding-2026-10-01.md", dialogs.exportRequests.get(0).fileName());
        assertEquals("Text \u00b7 Coding \u00b7 2026-10-01",
                dialogs.exportRequests.get(0).board().describe(new dev.arenaview.ui.shared.Messages(UiLanguage.EN)));
    }

    @Test
    void aRestartShowsTheArenaAndCategoryLastShownWithoutTheNetwork(FxRobot robot) throws TimeoutException {
        fetch(robot);
        robot.clickOn("#categoryPicker").clickOn("Coding");
        waitForBoard(Arena.TEXT, "coding");
        robot.clickOn("#arenaPicker").clickOn("WebDev");
        waitUntil(() -> !vm.refreshingProperty().get() && vm.getBoard().arena().orElseThrow() == Arena.WEBDEV);
        robot.interact(window::saveState);
        hub.close();

        Settings next = new Settings(prefs);
        assertEquals(Arena.WEBDEV, next.arena());
        MainViewModel[] second = new MainViewModel[1];
        robot.interact(() -> {
            second[0] = new MainViewModel(background, background, Platform::runLater, uri -> { }, clock,
                    source(dir.resolve("cache")));
            second[0].startUp(next.arena(), next.category(next.arena()), Duration.ZERO);
            new MainWindow(new Stage(), second[0], next, new TestDialogs(), UiLanguage.EN,
                    choice -> source(dir.resolve("cache")));
        });
        assertEquals(List.of("claude-opus-5", "gpt-5", "kimi-k3"),
                second[0].rows().stream().map(Entry::model).toList(), "webdev from the cache");
        robot.interact(() -> second[0].selectArena(Arena.TEXT));
        waitUntil(() -> second[0].getBoard().arena().orElseThrow() == Arena.TEXT);
        assertEquals(new Category("coding"), second[0].getBoard().category(), "text on the category chosen there");
        assertEquals("gpt-5", second[0].rows().get(0).model());
    }

    @Test
    void theCsvReleasesChosenInSettingsAreMarkedFrozen(FxRobot robot) throws TimeoutException {
        assertFalse(robot.lookup("#frozenLabel").queryAs(Label.class).isVisible());
        dialogs.settingsChoice = Optional.of(new Dialogs.SettingsChoice(Origin.FBOULNOIS, settings.sourceUrl(),
                settings.hubUrl(), 0, true));
        robot.interact(() -> vm.applySettings(dialogs.settingsChoice.get(), settings,
                choice -> new CsvBoards(TestData.offline(dir.resolve("cache")))));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Origin.FBOULNOIS, settings.origin());
        assertTrue(robot.lookup("#frozenLabel").queryAs(Label.class).isVisible());
        assertEquals(3, robot.lookup("#arenaPicker").queryAs(ComboBox.class).getItems().size());

        // The same choice again (OK without a change) keeps the source in use, whatever it is.
        BoardSource inUse = vm.boards();
        robot.interact(() -> vm.applySettings(dialogs.settingsChoice.get(), settings, choice -> source(dir.resolve("cache"))));
        assertTrue(vm.boards() == inUse, "no new source for an unchanged choice");
    }

    @Test
    void aBoardThatCannotBeFetchedLeavesThePickersOnTheBoardShown(FxRobot robot) throws TimeoutException {
        fetch(robot);
        robot.clickOn("#arenaPicker").clickOn("Video Edit");
        waitUntil(() -> !vm.refreshingProperty().get());
        assertTrue(text(robot, "#noticeLabel").startsWith("Cannot refresh: the dataset lmarena-ai/leaderboard-dataset has no"
                + " video_edit folder"), text(robot, "#noticeLabel"));
        assertEquals(Arena.TEXT, vm.arenaProperty().get(), "the picker names the board still shown");
        assertEquals(Arena.TEXT, robot.lookup("#arenaPicker").queryAs(ComboBox.class).getValue());
        assertEquals(7, table(robot).getItems().size());
    }

    @Test
    void aComparisonWhoseHistoryIsDeclinedLeavesNoDateInThePicker(FxRobot robot) throws TimeoutException {
        fetch(robot);
        dialogs.downloadHistory = false;
        robot.clickOn("#compareDate .text-field").write("2026-09-15").type(KeyCode.ENTER);
        waitUntil(() -> !dialogs.historyQuestions.isEmpty() && !vm.refreshingProperty().get());
        assertEquals(0, hub.downloads(Boards.TEXT_FULL));
        assertEquals(null, robot.lookup("#compareDate").queryAs(javafx.scene.control.DatePicker.class).getValue(),
                "no day shown that is not compared with");
        assertEquals("The text history was not downloaded; the chart and comparison use what is at hand",
                text(robot, "#noticeLabel"));
    }

    @Test
    void aHistoryThatCannotBeHadSaysWhyAndAsksNothing(FxRobot robot) throws TimeoutException {
        fetch(robot);
        hub.failListing("text");
        robot.press(KeyCode.CONTROL, KeyCode.G).release(KeyCode.G, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("History");
        waitUntil(() -> text(robot, "#noticeLabel").startsWith("Cannot download the history: "));
        assertTrue(text(robot, "#noticeLabel").contains("500"), text(robot, "#noticeLabel"));
        assertTrue(dialogs.historyQuestions.isEmpty(), "no size, no question");
        assertFalse(vm.refreshingProperty().get());
        assertTrue(robot.lookup("#historyDownload").queryAs(Button.class).isVisible(), "it can be tried again");
    }
}
