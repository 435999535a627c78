package dev.arenaview.app;

import dev.arenaview.ui.FxDialogs;
import dev.arenaview.ui.MainViewModel;
import dev.arenaview.ui.MainWindow;
import dev.arenaview.ui.shared.Settings;
import dev.arenaview.ui.shared.UiLanguage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/** The JavaFX application: wires the window by hand over the shared core. */
public final class ArenaViewApp extends Application {

    private ExecutorService background;
    private ExecutorService idle;

    /** Read by {@link Main} while the toolkit starts; null when the app is launched otherwise. */
    private static volatile CompletableFuture<StartData> startData;

    static void readStartDataInBackground(WindowOptions options) {
        startData = StartData.readInBackground(options);
    }

    @Override
    public void start(Stage stage) {
        background = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "arenaview-io");
            t.setDaemon(true);
            // Reading a large file must not starve the window's threads on a machine with few
            // cores; the reader's own threads inherit this. (On Linux the packaged runtime turns
            // Java priorities on: see the pom's jlink options.)
            t.setPriority(Thread.MIN_PRIORITY);
            return t;
        });
        // Work for what the user may do next (a large board's sort keys), behind everything else.
        idle = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "arenaview-idle");
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            return t;
        });
        WindowOptions options;
        try {
            options = WindowOptions.parse(getParameters().getRaw());
        } catch (WindowOptions.BadOption e) {
            // Main refuses these before the toolkit starts; launched otherwise, the settings' source is used.
            options = new WindowOptions(Optional.empty(), Optional.empty(), Optional.empty());
        }
        StartData start = startData(options);
        Settings settings = start.settings();
        UiLanguage language = settings.language().orElse(UiLanguage.forLocale(Locale.getDefault()));
        MainViewModel vm = new MainViewModel(background, idle, Platform::runLater,
                uri -> getHostServices().showDocument(uri.toString()), Clock.systemUTC(), start.source());
        Optional<Path> file = options.file();
        vm.deferComparisons();
        // A file given to open is what the user wants to see: no automatic check then.
        boolean checkDue = vm.showAtHand(start.atHand(),
                file.isPresent() ? Duration.ZERO : Duration.ofHours(settings.autoCheckHours()));
        MainWindow window = new MainWindow(stage, vm, settings, new FxDialogs(), language,
                choice -> StartData.source(choice.origin(), choice.sourceUrl(), choice.hubUrl()));
        window.show();
        window.afterFirstFrame(() -> {
            vm.resumeComparisons();
            if (checkDue) {
                vm.refresh();
            }
        });
        file.ifPresent(window.view()::open);
    }

    /** What {@link Main} read meanwhile, or (when that failed, or nothing was started) read now. */
    private static StartData startData(WindowOptions options) {
        CompletableFuture<StartData> pending = startData;
        startData = null;
        if (pending != null) {
            try {
                return pending.join();
            } catch (java.util.concurrent.CompletionException | java.util.concurrent.CancellationException e) {
                // Read again here, where a failure is handled as at any start.
            }
        }
        return StartData.read(options);
    }

    @Override
    public void stop() {
        if (idle != null) {
            idle.shutdownNow();
        }
        if (background != null) {
            background.shutdownNow();
        }
    }
}
