package dev.arenaview.app;

import dev.arenaview.source.CacheDirs;
import dev.arenaview.source.HttpFetcher;
import dev.arenaview.source.LatestData;
import dev.arenaview.source.SnapshotCache;
import dev.arenaview.source.UpstreamSource;
import dev.arenaview.ui.FxDialogs;
import dev.arenaview.ui.MainViewModel;
import dev.arenaview.ui.MainWindow;
import dev.arenaview.ui.Settings;
import dev.arenaview.ui.UiLanguage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/** The JavaFX application: wires the window by hand over the shared core. */
public final class ArenaViewApp extends Application {

    private ExecutorService background;

    @Override
    public void start(Stage stage) {
        background = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "arenaview-io");
            t.setDaemon(true);
            return t;
        });
        Settings settings = Settings.user();
        UiLanguage language = settings.language().orElse(UiLanguage.forLocale(Locale.getDefault()));
        LatestData data = new LatestData(new SnapshotCache(CacheDirs.defaultDir()), new HttpFetcher(),
                new UpstreamSource(settings.sourceUrl()), Clock.systemUTC());
        MainViewModel vm = new MainViewModel(background, Platform::runLater,
                uri -> getHostServices().showDocument(uri.toString()), Clock.systemUTC(), data);
        Optional<Path> file = fileArgument(getParameters().getRaw());
        // A file given to open is what the user wants to see: no automatic check then.
        vm.startUp(settings.arena(), file.isPresent() ? Duration.ZERO : Duration.ofHours(settings.autoCheckHours()));
        MainWindow window = new MainWindow(stage, vm, settings, new FxDialogs(), language,
                base -> new LatestData(new SnapshotCache(CacheDirs.defaultDir()), new HttpFetcher(),
                        new UpstreamSource(base), Clock.systemUTC()));
        window.show();
        file.ifPresent(window.view()::open);
    }

    @Override
    public void stop() {
        if (background != null) {
            background.shutdownNow();
        }
    }

    /** The first argument that is not an option: a CSV to open ({@code arenaview FILE.csv}). */
    static Optional<Path> fileArgument(List<String> args) {
        return args.stream().filter(a -> !a.startsWith("-")).findFirst().map(Path::of);
    }
}
