package dev.arenaview.ui;

import dev.arenaview.ui.shared.ExportChoice;
import dev.arenaview.ui.shared.ExportScope;
import dev.arenaview.ui.shared.Settings;
import dev.arenaview.ui.shared.UiLanguage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.arenaview.io.PngFiles;
import dev.arenaview.model.Entry;
import dev.arenaview.report.ReportLanguage;
import dev.arenaview.ui.chart.ChartCanvas;
import dev.arenaview.ui.chart.ChartsModel;
import dev.arenaview.ui.chart.HistoryChart;
import dev.arenaview.ui.chart.IntervalChart;
import dev.arenaview.ui.chart.ScoreVotesChart;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Point2D;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The charts beside the table, driven as a user would, headless. */
class ChartsWindowTest extends WindowTest {

    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    static final String HEADER = "rank,rank_stylectrl,model,arena_score,95_pct_ci,votes,organization,license,knowledge_cutoff,url\n";



    void showCharts(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.G).release(KeyCode.G, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    void showTab(FxRobot robot, String title) {
        robot.clickOn(title);
        WaitForAsyncUtils.waitForFxEvents();
    }

    String status(FxRobot robot) {
        return robot.lookup("#noticeLabel").queryAs(Label.class).getText();
    }

    @Test
    void ctrlGShowsTheIntervalsOfTheTablesFirstRowsAndTheyFollowTheFilters(FxRobot robot) {
        assertTrue(robot.lookup("#chartsPane").tryQuery().isEmpty(), "no charts until asked for");
        showCharts(robot);
        IntervalChart chart = robot.lookup("#intervalChart").queryAs(IntervalChart.class);
        assertEquals("Scores with 95% confidence intervals \u2014 Text \u00b7 Overall", chart.getTitle());
        assertEquals(table(robot).getItems().subList(0, 30), chart.rows().stream().map(i -> i.entry()).toList());

        robot.interact(() -> vm.filters().selectedVendors().add("Anthropic"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(table(robot).getItems(), chart.rows().stream().map(i -> i.entry()).toList(),
                "fewer than 30 Anthropic models: all of them, in the table's order");
        assertEquals("The first 10 of 10 models, in the table's order", chart.getSubtitle());

        showCharts(robot);
        assertTrue(robot.lookup("#chartsPane").tryQuery().isEmpty(), "Ctrl+G again hides them");
    }

    @Test
    void clickingAPointOfTheScatterSelectsItsModelInTheTable(FxRobot robot) {
        showCharts(robot);
        showTab(robot, "Score vs votes");
        ScoreVotesChart chart = robot.lookup("#scatterChart").queryAs(ScoreVotesChart.class);
        assertEquals(209, chart.points().size());
        // DeepSeek-R1-0528: 1424 points, with no other model within a few points and votes.
        Point2D at = chart.localToScreen(chart.locate("DeepSeek-R1-0528").orElseThrow());

        robot.moveTo(at);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(chart.tooltipText().startsWith("DeepSeek-R1-0528 \u2014 DeepSeek\nScore 1424"), chart.tooltipText());
        robot.clickOn(at);

        assertEquals(List.of("DeepSeek-R1-0528"), table(robot).getSelectionModel().getSelectedItems().stream()
                .map(Entry::model).toList());
    }

    @Test
    void savePngWritesTheChartAsAValidImageOfItsSize(FxRobot robot) throws Exception {
        showCharts(robot);
        IntervalChart chart = robot.lookup("#intervalChart").queryAs(IntervalChart.class);
        Path target = dir.resolve("intervals.png");
        dialogs.pngTarget = Optional.of(target);
        robot.clickOn("#saveChart");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of("arena-intervals-2025-06-27.png"), dialogs.pngNames);
        PngFiles.Image image = PngFiles.decode(Files.readAllBytes(target));
        assertEquals((int) Math.ceil(chart.getWidth()), image.width());
        assertTrue(image.height() >= (int) Math.ceil(chart.getHeight()) - 1, "all of it: " + image.height());
        assertEquals(0xffffffff, image.pixel(2, 2), "a white background, not a transparent one");
        int accent = 0xff4338ca;
        long drawn = java.util.Arrays.stream(image.argb()).filter(p -> p == accent).count();
        assertTrue(drawn > 30 * 10, "30 intervals in the accent colour: " + drawn + " pixels");
        assertEquals("Chart saved to " + target, status(robot));

        robot.clickOn("#copyChart");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.image.Image copied = WaitForAsyncUtils.asyncFx(
                () -> javafx.scene.input.Clipboard.getSystemClipboard().getImage()).get();
        assertEquals(image.width(), (int) copied.getWidth(), "the same picture on the clipboard");
        assertEquals("Chart copied to the clipboard", status(robot));
    }

    @Test
    void exportCanWriteTheIntervalChartBesideTheReportAndLinkIt(FxRobot robot) throws Exception {
        robot.interact(() -> vm.filters().selectedVendors().add("Google"));
        Path target = dir.resolve("my report.md");
        dialogs.exportChoice = Optional.of(new ExportChoice(target, ReportLanguage.EN, ExportScope.CURRENT_VIEW, false,
                true));
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        Path png = dir.resolve("my report.png");
        PngFiles.Image image = PngFiles.decode(Files.readAllBytes(png));
        assertEquals(1000, image.width());
        String report = Files.readString(target);
        assertTrue(report.contains("\n![Scores and 95% confidence intervals of the first 26 models of the table]"
                + "(my%20report.png)\n"), report);
        assertEquals("Exported 26 models to " + target + ", with the chart my report.png", status(robot));
    }

    @Test
    void aHistoryFolderWithABadFileShowsTheGoodOnesAndNamesTheBadOne(FxRobot robot) throws Exception {
        Path folder = Files.createDirectory(dir.resolve("history"));
        Files.writeString(folder.resolve("lmsys_2025.05.01.csv"),
                HEADER + "1,1,Gemini-2.5-Pro,1440,+4/-4,9000,Google,Proprietary,,https://g.example\n");
        Files.writeString(folder.resolve("lmsys_2025.06.27.csv"),
                HEADER + "1,1,Gemini-2.5-Pro,1477,+5/-5,12327,Google,Proprietary,,https://g.example\n");
        Files.writeString(folder.resolve("lmsys_2025.06.01.csv"), "rank,model\n1,Broken\n");
        dialogs.historyFolder = Optional.of(folder);
        robot.interact(() -> stage.setWidth(1280));
        showCharts(robot);
        showTab(robot, "History");
        robot.clickOn("1477");
        robot.clickOn("#historyFolder");
        WaitForAsyncUtils.waitForFxEvents();

        HistoryChart chart = robot.lookup("#historyChart").queryAs(HistoryChart.class);
        assertEquals("Gemini-2.5-Pro", chart.series().get(0).model());
        assertEquals(2, chart.series().get(0).points().size());
        String notice = robot.lookup("#historyNotice").queryAs(Label.class).getText();
        assertTrue(notice.startsWith("\u26a0 Skipped 1 file: lmsys_2025.06.01.csv ("), notice);
        assertEquals("History: skipped 1 file that cannot be used: lmsys_2025.06.01.csv", status(robot));

        assertEquals(chart.getSubtitle(), chart.shownSubtitle(), "the subtitle is whole in a 1280-pixel window");
        Label source = robot.lookup("#historySource").queryAs(Label.class);
        assertTrue(source.getText().startsWith("Folder " + folder) && source.getText().endsWith("Models selected in the table."),
                source.getText());
        String shownSource = robot.lookup("#historySource .text").queryAllAs(javafx.scene.text.Text.class).stream()
                .map(javafx.scene.text.Text::getText).collect(java.util.stream.Collectors.joining());
        assertFalse(shownSource.contains("..."), "the source line wraps rather than being cut: " + shownSource);

        robot.clickOn("#historyRank");
        assertEquals(HistoryChart.Measure.RANK, chart.measure());
        assertEquals("Place by score over time \u2014 Text \u00b7 Overall", chart.getTitle());
    }

    @Test
    void theChosenChartIsKeptByAWindowThatNeverShowedTheCharts(FxRobot robot) {
        // The charts are built only when first shown: a window closed without showing them must
        // still remember which chart the user had chosen.
        showCharts(robot);
        showTab(robot, "Vendors");
        showCharts(robot);
        robot.interact(() -> window.saveState());
        assertEquals("vendors", settings.charts().chart());
        assertFalse(settings.charts().visible());

        robot.interact(() -> {
            Stage second = new Stage();
            MainWindow closedCharts = nextRunWindow(second, UiLanguage.EN);
            assertEquals(1, ((SplitPane) second.getScene().lookup("#tableAndCharts")).getItems().size());
            closedCharts.saveState();
            second.close();
        });
        assertEquals("vendors", settings.charts().chart());
    }

    @Test
    void theChartsAreRememberedAndFollowTheLanguage(FxRobot robot) {
        showCharts(robot);
        showTab(robot, "Vendors");
        robot.interact(() -> robot.lookup("#tableAndCharts").queryAs(SplitPane.class).setDividerPositions(0.4));
        robot.interact(() -> window.saveState());
        Settings.ChartsLayout saved = settings.charts();
        assertEquals(new Settings.ChartsLayout(true, saved.divider(), ChartsModel.DEFAULT_TOP, "vendors"), saved);
        assertEquals(0.4, saved.divider(), 0.01);

        robot.interact(() -> {
            Stage second = new Stage();
            nextRunWindow(second, UiLanguage.ZH);
            SplitPane split = (SplitPane) second.getScene().lookup("#tableAndCharts");
            assertEquals(2, split.getItems().size(), "the charts are shown again");
            assertEquals(0.4, split.getDividerPositions()[0], 0.01);
            // Not shown, so without skins: the charts are reached through the controls' contents.
            TabPane tabs = (TabPane) ((Parent) split.getItems().get(1)).lookup("#chartTabs");
            Tab shown = tabs.getSelectionModel().getSelectedItem();
            assertEquals("vendors", shown.getId());
            assertEquals("服务商", shown.getText());
            assertEquals("各服务商的模型数 — 文本 · 总榜", ((ChartCanvas) ((ScrollPane) shown.getContent()).getContent()).getTitle());
            second.close();
        });
    }
}
