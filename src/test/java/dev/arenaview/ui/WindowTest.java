package dev.arenaview.ui;

import dev.arenaview.ui.shared.Settings;
import dev.arenaview.ui.shared.UiLanguage;
import dev.arenaview.model.Entry;
import dev.arenaview.source.BundledData;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.Preferences;
import javafx.scene.control.Control;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window on the bundled data, headless, with its own preferences, an offline cache in a
 * temporary folder, dialogs the test answers and links recorded instead of opened.
 */
@ExtendWith(ApplicationExtension.class)
abstract class WindowTest {

    @TempDir
    Path dir;

    final List<URI> opened = new ArrayList<>();
    final TestDialogs dialogs = new TestDialogs();
    Preferences prefs;
    Settings settings;
    MainViewModel vm;
    MainWindow window;
    Stage stage;

    /**
     * Opens the window; each test class calls it from its own {@code @Start} method, which
     * TestFX looks for only in the test class itself.
     */
    void openWindow(Stage stage) {
        this.stage = stage;
        prefs = new MemoryPreferences();
        settings = new Settings(prefs);
        vm = freshViewModel();
        window = windowOf(stage, vm, UiLanguage.EN);
        window.show();
    }

    /** A view model on the bundled data, offline, with links recorded: as a run of the app starts. */
    MainViewModel freshViewModel() {
        MainViewModel fresh = new MainViewModel(Runnable::run, Runnable::run, opened::add, Clock.systemUTC(),
                TestData.offline(dir.resolve("cache")));
        fresh.show(BundledData.load());
        return fresh;
    }

    /** The window over a view model, with this test's settings and dialogs; not shown. */
    MainWindow windowOf(Stage on, MainViewModel model, UiLanguage language) {
        return new MainWindow(on, model, settings, dialogs, language, choice -> new dev.arenaview.source.CsvBoards(TestData.offline(dir.resolve("cache"))));
    }

    /** The window the next run of the app would open, from what this one saved; not shown. */
    MainWindow nextRunWindow(Stage on, UiLanguage language) {
        return windowOf(on, freshViewModel(), language);
    }

    @AfterEach
    void cleanUp() throws TimeoutException {
        // Close dialogs and menus left open, so that the next test starts on a clean screen.
        FxToolkit.cleanupStages();
    }

    @SuppressWarnings("unchecked")
    TableView<Entry> table(FxRobot robot) {
        return robot.lookup("#leaderboardTable").queryAs(TableView.class);
    }

    /**
     * Hovers {@code control} as a user's pointer would, coming from the status bar's count (which
     * has no tooltip, so that one shown before is gone), and waits for its tooltip to show.
     */
    static Tooltip hoverForTooltip(FxRobot robot, Control control) {
        robot.moveTo("#shownLabel");
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> javafx.stage.Window.getWindows().stream()
                    .noneMatch(w -> w instanceof Tooltip && w.isShowing()));
        } catch (TimeoutException e) {
            throw new AssertionError("a tooltip stays up after the pointer left its control", e);
        }
        robot.moveTo(control).moveBy(2, 0);
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> control.getTooltip() != null && control.getTooltip().isShowing());
        } catch (TimeoutException e) {
            throw new AssertionError(control + " shows no tooltip when hovered", e);
        }
        return control.getTooltip();
    }
}
