package dev.arenaview.ui;

import dev.arenaview.ui.shared.Dialogs;
import dev.arenaview.ui.shared.FontSupport;
import dev.arenaview.ui.shared.Messages;
import dev.arenaview.ui.shared.Settings;
import dev.arenaview.ui.shared.UiLanguage;
import dev.arenaview.csv.FileNameInfo;
import dev.arenaview.model.Leaderboard;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The application window: its stage, scene, icon and title, the remembered window bounds,
 * filters, grouping and recent files, and the switch between languages (which rebuilds the view
 * over the same view model, so nothing the user did is lost).
 */
public final class MainWindow {

    private static final int[] ICON_SIZES = {16, 24, 32, 48, 64, 128, 256};
    private static final double DEFAULT_WIDTH = 1280;
    private static final double DEFAULT_HEIGHT = 800;

    private final Stage stage;
    private final MainViewModel vm;
    private final Settings settings;
    private final Dialogs dialogs;
    private final java.util.function.Function<Dialogs.SettingsChoice, dev.arenaview.source.BoardSource> sourceFor;
    private final Scene scene;
    private MainView view;

    /**
     * @param sourceFor makes the data service for a source and its address, when the user
     *                  changes them in the settings
     */
    public MainWindow(Stage stage, MainViewModel vm, Settings settings, Dialogs dialogs, UiLanguage language,
                      java.util.function.Function<Dialogs.SettingsChoice, dev.arenaview.source.BoardSource> sourceFor) {
        this.sourceFor = sourceFor;
        this.stage = stage;
        this.vm = vm;
        this.settings = settings;
        this.dialogs = dialogs;

        vm.recentFiles().setAll(settings.recentFiles());
        vm.recentFiles().addListener((ListChangeListener<Path>) c -> {
            settings.setRecentFiles(List.copyOf(vm.recentFiles()));
            settings.flushSoon();
        });
        // The grouping first: the saved filter is translated into it.
        vm.groupedProperty().set(settings.groupValues());
        vm.filters().apply(settings.filter());
        for (dev.arenaview.model.Arena a : dev.arenaview.model.Arena.values()) {
            vm.categoryChoices().putIfAbsent(a, settings.category(a));
        }
        vm.categoryChoices().addListener((javafx.collections.MapChangeListener<dev.arenaview.model.Arena,
                dev.arenaview.model.Category>) c -> {
            if (c.wasAdded()) {
                settings.setCategory(c.getKey(), c.getValueAdded());
                settings.flushSoon();
            }
        });
        vm.groupedProperty().addListener((obs, was, group) -> {
            settings.setGroupValues(group);
            settings.flushSoon();
        });

        view = newView(language);
        scene = new Scene(view.root(), DEFAULT_WIDTH, DEFAULT_HEIGHT);
        scene.getStylesheets().add(Objects.requireNonNull(MainWindow.class.getResource("arenaview.css")).toExternalForm());
        stage.setScene(scene);
        stage.setMinWidth(720);
        stage.setMinHeight(420);
        // Decoded on the background thread while this thread lays out the window.
        vm.inBackground(MainWindow::icons, stage.getIcons()::setAll);
        bindTitle(new Messages(language));
        restoreBounds();
        stage.setOnCloseRequest(e -> saveState());
    }

    private static List<Image> icons() {
        List<Image> icons = new ArrayList<>();
        for (int size : ICON_SIZES) {
            try (InputStream in = MainWindow.class.getResourceAsStream("icons/arenaview-" + size + ".png")) {
                if (in != null) {
                    icons.add(new Image(in));
                }
            } catch (java.io.IOException e) {
                // A missing icon size only costs that size.
            }
        }
        return icons;
    }

    public void show() {
        stage.show();
    }

    /**
     * Runs {@code action} once the shown window has been laid out for its first frame: for
     * background work that would otherwise compete with that frame for the processor.
     */
    public void afterFirstFrame(Runnable action) {
        scene.addPostLayoutPulseListener(new Runnable() {
            private boolean done;

            @Override
            public void run() {
                if (!done) {
                    done = true;
                    // Removed outside the pulse: the scene walks its listeners while calling them.
                    Platform.runLater(() -> {
                        scene.removePostLayoutPulseListener(this);
                        action.run();
                    });
                }
            }
        });
        Platform.requestNextPulse();
    }

    public MainView view() {
        return view;
    }

    /** Rebuilds the window's content in another language, keeping data, filters and layout. */
    public void setLanguage(UiLanguage language) {
        view.saveState();
        settings.setLanguage(language);
        settings.flush();
        view = newView(language);
        scene.setRoot(view.root());
        bindTitle(new Messages(language));
    }

    private void bindTitle(Messages messages) {
        stage.titleProperty().bind(Bindings.createStringBinding(() -> title(vm.getBoard(), messages), vm.boardProperty()));
    }

    /** Writes everything the window remembers. */
    public void saveState() {
        view.saveState();
        settings.setFilter(vm.filters().filterProperty().get());
        settings.setArena(vm.arenaProperty().get());
        settings.setRecentFiles(List.copyOf(vm.recentFiles()));
        if (stage.isMaximized()) {
            settings.window().ifPresentOrElse(
                    b -> settings.setWindow(new Settings.WindowBounds(b.x(), b.y(), b.width(), b.height(), true)),
                    () -> settings.setWindow(new Settings.WindowBounds(stage.getX(), stage.getY(), DEFAULT_WIDTH,
                            DEFAULT_HEIGHT, true)));
        } else {
            settings.setWindow(new Settings.WindowBounds(stage.getX(), stage.getY(), stage.getWidth(),
                    stage.getHeight(), false));
        }
        settings.flush();
    }

    private MainView newView(UiLanguage language) {
        MainView created = new MainView(vm, new Messages(language), dialogs, settings, this::setLanguage,
                () -> {
                    saveState();
                    stage.close();
                }, sourceFor);
        created.root().getStyleClass().removeAll(FontSupport.allCjkStyleClasses());
        if (language == UiLanguage.ZH) {
            FontSupport.cjkStyleClass().ifPresent(c -> created.root().getStyleClass().add(c));
        }
        return created;
    }

    private void restoreBounds() {
        settings.window().ifPresentOrElse(b -> {
            // Only where a screen still is: the monitor it was on may be gone.
            boolean visible = !Screen.getScreensForRectangle(new Rectangle2D(b.x(), b.y(), b.width(), b.height())).isEmpty();
            stage.setWidth(b.width());
            stage.setHeight(b.height());
            if (visible) {
                stage.setX(b.x());
                stage.setY(b.y());
            } else {
                stage.centerOnScreen();
            }
            stage.setMaximized(b.maximized());
        }, () -> {
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            stage.setWidth(Math.min(DEFAULT_WIDTH, screen.getWidth()));
            stage.setHeight(Math.min(DEFAULT_HEIGHT, screen.getHeight()));
            stage.centerOnScreen();
        });
    }

    private static String title(Leaderboard board, Messages messages) {
        if (board == null) {
            return "Arena Viewer";
        }
        if (board.origin() == dev.arenaview.model.Origin.LMARENA) {
            // A dataset's file name (latest-00000-of-00001.parquet) says nothing; the board does.
            return "Arena Viewer \u2014 " + dev.arenaview.ui.shared.BoardName.of(board).describe(messages);
        }
        // The location is a path or, for downloads, a URL (which Path.of refuses on Windows).
        return "Arena Viewer \u2014 " + FileNameInfo.baseName(board.source().location());
    }
}
