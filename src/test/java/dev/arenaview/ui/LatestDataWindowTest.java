package dev.arenaview.ui;

import dev.arenaview.ui.shared.Dialogs;
import dev.arenaview.ui.shared.ExportScope;
import dev.arenaview.ui.shared.Settings;
import dev.arenaview.ui.shared.UiLanguage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.arenaview.model.Arena;
import dev.arenaview.model.Changes;
import dev.arenaview.model.Entry;
import dev.arenaview.report.ReportLanguage;
import dev.arenaview.source.CancelToken;
import dev.arenaview.source.LatestData;
import dev.arenaview.source.TestServer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.prefs.Preferences;
import javafx.scene.control.Label;
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

/** The window with a local server standing in for GitHub: refresh, freshness, arenas, changes. */
@ExtendWith(ApplicationExtension.class)
class LatestDataWindowTest {

    static final String HEADER = "rank,rank_stylectrl,model,arena_score,95_pct_ci,votes,organization,license,knowledge_cutoff,url\n";
    static final String AUG1 = HEADER
            + "1,1,Beta,1445,+4/-4,7000,B Corp,Proprietary,,https://b.example\n"
            + "2,2,Alpha,1440,+4/-4,8000,A Corp,MIT,,https://a.example\n"
            + "3,3,Gone-Model,1300,+4/-4,100,G Corp,MIT,,https://g.example\n";
    static final String AUG4 = HEADER
            + "1,1,Alpha,1450,+4/-4,9000,A Corp,MIT,,https://a.example\n"
            + "2,1,Beta,1440,+4/-4,8000,B Corp,Proprietary,,https://b.example\n"
            + "3,3,Newcomer,1400,+9/-9,900,N Corp,Apache 2.0,,https://n.example\n";
    static final String VISION = HEADER + "1,1,Seer,1200,+5/-5,3000,S Corp,MIT,,https://s.example\n"
            + "2,2,Looker,1190,+5/-5,2000,L Corp,MIT,,https://l.example\n";

    @TempDir
    Path dir;

    TestServer server;
    Preferences prefs;
    final TestDialogs dialogs = new TestDialogs();
    MainViewModel vm;
    LatestData data;
    Stage stage;
    final Clock clock = Clock.fixed(Instant.parse("2025-08-05T10:00:00Z"), ZoneOffset.UTC);

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        server = new TestServer();
        server.redirect("/repo/releases/latest/download/lmarena_text.csv", "/repo/releases/download/2025.08.04/lmarena_text.csv");
        server.file("/repo/releases/download/2025.08.04/lmarena_text.csv", AUG4, "\"aug4\"");
        server.file("/repo/releases/download/2025.08.01/lmarena_text.csv", AUG1, null);
        server.redirect("/repo/releases/latest/download/lmarena_vision.csv", "/repo/releases/download/2025.08.04/lmarena_vision.csv");
        server.file("/repo/releases/download/2025.08.04/lmarena_vision.csv", VISION, null);
        prefs = new MemoryPreferences();
        data = TestData.at(dir.resolve("cache"), server.base(), clock);
        vm = new MainViewModel(Runnable::run, Runnable::run, uri -> { }, clock, data);
        vm.startUp(Arena.TEXT, Duration.ZERO);
        MainWindow window = new MainWindow(stage, vm, new Settings(prefs), dialogs, UiLanguage.EN,
                choice -> new dev.arenaview.source.CsvBoards(TestData.at(dir.resolve("cache"), choice.sourceUrl(), clock)));
        window.show();
    }

    @AfterEach
    void cleanUp() throws TimeoutException {
        FxToolkit.cleanupStages();
        server.close();
    }

    String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    TableView<Entry> table(FxRobot robot) {
        return robot.lookup("#leaderboardTable").queryAs(TableView.class);
    }

    @Test
    void bundledDataOpensAtOnceAndSaysItIsOld(FxRobot robot) {
        assertEquals(209, table(robot).getItems().size());
        assertEquals("Data of 2025-06-27 (39 days old) \u00b7 bundled snapshot", text(robot, "#dataLabel"));
        assertEquals("\u26a0 This data is 39 days old (2025-06-27). Press F5 to fetch the latest.", text(robot, "#staleBanner"));
        assertEquals("Not checked yet", text(robot, "#networkLabel"));
    }

    @Test
    void refreshBringsTheNewestDataAndShowsWhatChanged(FxRobot robot) throws Exception {
        data.fetchDate(Arena.TEXT, LocalDate.of(2025, 8, 1), CancelToken.none());
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of("Alpha", "Beta", "Newcomer"), table(robot).getItems().stream().map(Entry::model).toList());
        assertEquals("Data of 2025-08-04 (1 day old) \u00b7 downloaded from 127.0.0.1", text(robot, "#dataLabel"));
        assertEquals("", text(robot, "#staleBanner"), "fresh data: no banner");
        assertFalse(robot.lookup("#staleBanner").query().getParent().isVisible());
        assertTrue(text(robot, "#networkLabel").startsWith("Checked at "));
        assertEquals("New data: 2025-08-04", text(robot, "#noticeLabel"));
        assertEquals("Arena Viewer \u2014 lmarena_text.csv", stage.getTitle(), "named after the download");

        TableColumn<?, ?> change = table(robot).getColumns().stream().filter(c -> "changeColumn".equals(c.getId()))
                .findFirst().orElseThrow();
        assertTrue(change.isVisible(), "compared with the previous cached snapshot");
        assertEquals(LocalDate.of(2025, 8, 1), vm.comparedWithProperty().get());
        assertTrue(robot.lookup("\u25b21").tryQuery().isPresent(), "Alpha moved up one place");
        assertTrue(robot.lookup("\u25bc1").tryQuery().isPresent(), "Beta moved down one place");
        assertTrue(robot.lookup("new").tryQuery().isPresent(), "Newcomer is new");
        // Up in green, down in red, whichever cells the rows landed in.
        robot.interact(() -> table(robot).getSelectionModel().clearSelection());
        javafx.scene.control.Labeled up = robot.lookup("\u25b21").queryLabeled();
        javafx.scene.control.Labeled down = robot.lookup("\u25bc1").queryLabeled();
        assertEquals(javafx.scene.paint.Color.web("#1b7f3b"), up.getTextFill());
        assertEquals(javafx.scene.paint.Color.web("#b42318"), down.getTextFill());
        assertEquals("Since 2025-08-01: 1 new, 1 up, 1 down", text(robot, "#changesSummary"));
        Changes changes = vm.changesProperty().get();
        assertEquals(List.of("Gone-Model"), changes.gone().stream().map(Entry::model).toList());

        String withChanges = vm.report(ReportLanguage.EN, ExportScope.CURRENT_VIEW, true);
        assertTrue(withChanges.contains("\u25b21") && withChanges.contains("Gone-Model"), withChanges);
        assertFalse(vm.report(ReportLanguage.EN, ExportScope.CURRENT_VIEW).contains("\u25b2"), "off by default");
    }

    @Test
    void aFailedRefreshKeepsTheTableAndSaysOffline(FxRobot robot) {
        server.close();
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(209, table(robot).getItems().size());
        assertEquals("Offline", text(robot, "#networkLabel"));
        String why = WindowTest.hoverForTooltip(robot, robot.lookup("#networkLabel").queryAs(javafx.scene.control.Label.class))
                .getText();
        assertTrue(why.contains("127.0.0.1"), "hovering Offline says why: " + why);
        assertTrue(text(robot, "#noticeLabel").startsWith("Cannot refresh: cannot reach 127.0.0.1"), text(robot, "#noticeLabel"));
        assertEquals("\u26a0 Offline: showing data of 2025-06-27, 39 days old.", text(robot, "#staleBanner"));
    }

    @Test
    void switchingArenaFetchesWhatIsNotCached(FxRobot robot) {
        robot.clickOn("#arenaPicker").clickOn("Vision");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Seer", "Looker"), table(robot).getItems().stream().map(Entry::model).toList());
        assertEquals(Arena.VISION, vm.arenaProperty().get());
        assertEquals("Rank", table(robot).getColumns().get(0).getText());
        robot.clickOn("#arenaPicker").clickOn("Text");
        assertEquals(209, table(robot).getItems().size(), "back to the text arena's data at hand");
    }

    @Test
    void comparingWithAnyDayFetchesThatRelease(FxRobot robot) {
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> vm.compareWith(LocalDate.of(2025, 8, 1)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(LocalDate.of(2025, 8, 1), vm.comparedWithProperty().get());
        assertEquals(1, vm.changesProperty().get().gone().size());
        assertTrue(vm.historyDates().contains(LocalDate.of(2025, 8, 1)), "the fetched day joins the history");
        robot.clickOn("#clearCompare");
        assertTrue(vm.changesProperty().get().isEmpty());
        assertEquals(Optional.empty(), Optional.ofNullable(vm.comparedWithProperty().get()));
    }

    @Test
    void oldDataThatIsStillTheNewestSaysUpstreamPublishedNothingNewer(FxRobot robot) {
        Clock later = Clock.fixed(Instant.parse("2025-08-20T10:00:00Z"), ZoneOffset.UTC);
        String[] banner = new String[1];
        robot.interact(() -> {
            MainViewModel lateVm = new MainViewModel(Runnable::run, Runnable::run, uri -> { }, later,
                    TestData.at(dir.resolve("late-cache"), server.base(), later));
            lateVm.startUp(Arena.TEXT, Duration.ofHours(6));
            Stage second = new Stage();
            new MainWindow(second, lateVm, new Settings(prefs), new TestDialogs(), UiLanguage.EN,
                    choice -> new dev.arenaview.source.CsvBoards(TestData.at(dir.resolve("late-cache"), choice.sourceUrl(), later)));
            banner[0] = ((Label) second.getScene().lookup("#staleBanner")).getText();
            second.close();
        });
        assertEquals("\u26a0 Upstream has published nothing newer since 2025-08-04 (16 days ago): these are not"
                + " today's rankings.", banner[0]);
    }

    @Test
    void aMirrorSetInTheSettingsServesTheNextRefresh(FxRobot robot) throws Exception {
        try (TestServer mirror = new TestServer()) {
            mirror.redirect("/repo/releases/latest/download/lmarena_text.csv",
                    "/repo/releases/download/2025.08.05/lmarena_text.csv");
            mirror.file("/repo/releases/download/2025.08.05/lmarena_text.csv", HEADER
                    + "1,1,Mirrored,1500,+4/-4,100,M Corp,MIT,,https://m.example\n"
                    + "2,2,Mirrored-2,1490,+4/-4,100,M Corp,MIT,,https://m2.example\n", null);
            dialogs.settingsChoice = Optional.of(new Dialogs.SettingsChoice(dev.arenaview.model.Origin.FBOULNOIS, mirror.base(),
                    dev.arenaview.source.lmarena.HubSource.DEFAULT_ENDPOINT, 0, true));
            robot.press(KeyCode.CONTROL, KeyCode.COMMA).release(KeyCode.COMMA, KeyCode.CONTROL);
            robot.type(KeyCode.F5);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(List.of("Mirrored", "Mirrored-2"), table(robot).getItems().stream().map(Entry::model).toList());
            assertEquals(mirror.base(), new Settings(prefs).sourceUrl(), "remembered");
            assertEquals(0, new Settings(prefs).autoCheckHours());
        }
    }
}
