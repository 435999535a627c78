package dev.arenaview.ui;

import dev.arenaview.ui.shared.Dialogs;
import dev.arenaview.ui.shared.ExportScope;
import dev.arenaview.ui.shared.Messages;
import dev.arenaview.ui.shared.UiLanguage;
import dev.arenaview.ui.shared.LoadFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.arenaview.io.AppInfo;
import dev.arenaview.report.ReportLanguage;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Every dialog of the window, opened for real, speaks the window's language, buttons included. */
@ExtendWith(ApplicationExtension.class)
class DialogLanguageTest {

    private final FxDialogs dialogs = new FxDialogs();
    private Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @AfterEach
    void cleanUp() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void inChineseNoDialogHasAnEnglishButton(FxRobot robot) throws TimeoutException {
        Messages zh = new Messages(UiLanguage.ZH);
        List<Runnable> openers = List.of(
                () -> dialogs.chooseExport(owner, zh, new Dialogs.ExportDefaults("a.md", Optional.empty(), ReportLanguage.ZH,
                        ExportScope.CURRENT_VIEW, 10, 20, Optional.empty(),
                        new dev.arenaview.ui.shared.BoardName(Optional.of(dev.arenaview.model.Arena.TEXT),
                                new dev.arenaview.model.Category("coding"), Optional.empty()))),
                () -> dialogs.editSettings(owner, zh, new Dialogs.SettingsChoice(dev.arenaview.model.Origin.LMARENA,
                        URI.create("https://github.com/x/y"), URI.create("https://hf.example"), 6, true)),
                () -> dialogs.confirmHistoryDownload(owner, zh, new dev.arenaview.ui.shared.HistoryQuestion(
                        dev.arenaview.model.Arena.TEXT, 61_200_000)),
                () -> dialogs.confirmLargeFile(owner, zh, Path.of("big.csv"), 80L << 20),
                () -> dialogs.showLoadFailure(owner, zh, new LoadFailure(Path.of("bad.csv"), "第 2 行：票数不是数字",
                        Optional.empty(), 1), () -> { }),
                () -> dialogs.showWriteFailure(owner, zh, Path.of("out.md"), "磁盘已满"),
                () -> dialogs.showAbout(owner, zh));
        for (Runnable open : openers) {
            // The waiting dialogs run their own event loop: opened later, they return once closed.
            Platform.runLater(open);
            DialogPane pane = awaitDialog(robot);
            List<String> buttons = new ArrayList<>();
            robot.interact(() -> pane.lookupAll(".button").forEach(n -> buttons.add(((Button) n).getText())));
            assertFalse(buttons.isEmpty());
            for (String text : buttons) {
                assertTrue(text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                        "a button of " + pane.getHeaderText() + " reads \"" + text + "\"");
            }
            robot.interact(() -> pane.getScene().getWindow().hide());
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    @Test
    void theAboutBoxGivesTheVersionsAndTheDataAndItsLicenceInBothLanguages(FxRobot robot) throws TimeoutException {
        for (UiLanguage language : UiLanguage.values()) {
            Platform.runLater(() -> dialogs.showAbout(owner, new Messages(language)));
            DialogPane pane = awaitDialog(robot);
            String text = pane.getHeaderText() + "\n" + pane.getContentText();
            assertTrue(text.contains(AppInfo.version()), text);
            assertTrue(text.contains("Java " + System.getProperty("java.version")), text);
            assertTrue(text.contains("JavaFX " + System.getProperty("javafx.runtime.version")), text);
            assertFalse(text.contains("{"), "no placeholder left: " + text);
            assertTrue(text.contains("lmarena-ai/leaderboard-dataset") && text.contains("CC-BY-4.0"), text);
            robot.interact(() -> pane.getScene().getWindow().hide());
        }
    }

    private static DialogPane awaitDialog(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dialogPane().isPresent());
        return dialogPane().orElseThrow();
    }

    private static Optional<DialogPane> dialogPane() {
        return Window.getWindows().stream().filter(Window::isShowing)
                .map(w -> w.getScene() == null ? null : w.getScene().getRoot())
                .filter(r -> r instanceof DialogPane).map(r -> (DialogPane) r).findFirst();
    }

    @Test
    void theEnglishButtonsAreTheUsualOnes(FxRobot robot) throws TimeoutException {
        Platform.runLater(() -> dialogs.confirmLargeFile(owner, new Messages(UiLanguage.EN), Path.of("big.csv"), 80L << 20));
        DialogPane pane = awaitDialog(robot);
        List<String> buttons = new ArrayList<>();
        robot.interact(() -> pane.lookupAll(".button").forEach(n -> buttons.add(((Button) n).getText())));
        assertEquals(Set.of("Open", "Cancel"), Set.copyOf(buttons));
        robot.interact(() -> pane.getScene().getWindow().hide());
    }

    @Test
    void theSettingsChooseLmarenaOrTheFrozenCsvReleasesEachWithItsMirror(FxRobot robot) throws Exception {
        Messages en = new Messages(UiLanguage.EN);
        java.util.concurrent.CompletableFuture<Optional<Dialogs.SettingsChoice>> chosen = new java.util.concurrent.CompletableFuture<>();
        Platform.runLater(() -> chosen.complete(dialogs.editSettings(owner, en, new Dialogs.SettingsChoice(
                dev.arenaview.model.Origin.LMARENA, URI.create("https://github.com/fboulnois/llm-leaderboard-csv"),
                URI.create("https://huggingface.co"), 6, true))));
        DialogPane pane = awaitDialog(robot);
        javafx.scene.control.TextField url = (javafx.scene.control.TextField) pane.lookup("#sourceUrlField");
        assertEquals("https://huggingface.co", url.getText());
        robot.clickOn("#sourceCsv");
        assertEquals("https://github.com/fboulnois/llm-leaderboard-csv", url.getText(), "the CSV releases' own address");
        assertTrue(robot.lookup("#sourceCsv").queryAs(javafx.scene.control.RadioButton.class).getText()
                .contains("frozen since August 2025"));
        robot.clickOn("#sourceLmarena");
        robot.interact(() -> url.setText("https://hf-mirror.example"));
        robot.clickOn("#sourceCsv");
        robot.interact(() -> ((Button) pane.lookupButton(pane.getButtonTypes().get(0))).fire());
        Dialogs.SettingsChoice choice = chosen.get(10, TimeUnit.SECONDS).orElseThrow();
        assertEquals(dev.arenaview.model.Origin.FBOULNOIS, choice.origin());
        assertEquals(URI.create("https://hf-mirror.example"), choice.hubUrl(), "the mirror typed for LMArena is kept");
        assertEquals(URI.create("https://github.com/fboulnois/llm-leaderboard-csv"), choice.sourceUrl());
    }
}
