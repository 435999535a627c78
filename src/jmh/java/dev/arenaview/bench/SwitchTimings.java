package dev.arenaview.bench;

import static dev.arenaview.bench.FxTiming.fx;
import static dev.arenaview.bench.FxTiming.awaitRowsAfter;
import static dev.arenaview.bench.FxTiming.onFx;

import dev.arenaview.model.Arena;
import dev.arenaview.model.Category;
import dev.arenaview.source.BoardSource;
import dev.arenaview.source.CancelToken;
import dev.arenaview.source.HttpFetcher;
import dev.arenaview.source.LatestData;
import dev.arenaview.source.SnapshotCache;
import dev.arenaview.source.UpstreamSource;
import dev.arenaview.source.lmarena.HubSource;
import dev.arenaview.source.lmarena.HubStandIn;
import dev.arenaview.source.lmarena.LmarenaBoards;
import dev.arenaview.source.lmarena.LmarenaData;
import dev.arenaview.ui.FxDialogs;
import dev.arenaview.ui.MainViewModel;
import dev.arenaview.ui.MainWindow;
import dev.arenaview.ui.shared.Settings;
import dev.arenaview.ui.shared.UiLanguage;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Switching category and arena in the real window once the boards were fetched: from the
 * {@code selectCategory} or {@code selectArena} call to the first layout pulse after the table's
 * rows changed ("on screen"), and how long the call itself held the JavaFX thread.
 *
 * <p>The cache is filled as a user's is by fetches of the text, vision and webdev arenas
 * (through {@link LmarenaData#refresh}) from a loopback stand-in for Hugging Face serving a
 * {@link GenerateDataset} dataset, in a process of its own: the measured window, like a
 * restarted app, reads the cached boards without DuckDB. Each round switches text overall to
 * coding and back, text to vision and back, text to webdev and back; the first round runs on
 * cold code, as a user's first switch after a start.
 *
 * <p>Usage, under a display: {@code SwitchTimings DATASET_DIR CACHE_DIR [ROUNDS]}; CACHE_DIR is
 * filled on first use (it is then the {@code arenaview} folder of an {@code XDG_CACHE_HOME}).
 */
public final class SwitchTimings {

    private SwitchTimings() {
    }

    public static void main(String[] args) throws Exception {
        Path dataset = Path.of(args[0]);
        Path cache = Path.of(args[1]);
        if (!Files.exists(cache.resolve("lmarena"))) {
            prepareInChild(dataset, cache);
        }
        if (System.getProperty("java.util.prefs.userRoot") == null) {
            // Settings of its own, not the user's.
            System.setProperty("java.util.prefs.userRoot", Files.createTempDirectory("switch-timings-prefs").toString());
        }
        Application.launch(Window.class, args);
    }

    private static void prepareInChild(Path dataset, Path cache) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                SwitchTimings.class.getName() + "$Prepare", dataset.toString(), cache.toString()).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("preparing the cache failed");
        }
    }

    /** Data the app's way, over a cache folder; the CSV releases' address answers nobody. */
    static LmarenaData data(Path cache, URI hub) {
        LatestData csv = new LatestData(new SnapshotCache(cache), new HttpFetcher(),
                new UpstreamSource(URI.create("http://127.0.0.1:9/")), Clock.systemUTC());
        return new LmarenaData(cache, new HttpFetcher(), new HubSource(hub), Clock.systemUTC(), csv);
    }

    /** Generates the dataset when missing, serves it and fetches three arenas into the cache. */
    public static final class Prepare {

        private Prepare() {
        }

        public static void main(String[] args) throws Exception {
            Path dataset = Path.of(args[0]);
            Path cache = Path.of(args[1]);
            if (!Files.exists(dataset.resolve("text/latest-00000-of-00001.parquet"))) {
                GenerateDataset.main(new String[] {dataset.toString()});
            }
            // Smaller than text, as LMArena's vision and webdev boards are; webdev without style control.
            Map<String, int[]> smaller = new LinkedHashMap<>();
            smaller.put("vision", new int[] {100, 8});
            smaller.put("vision_style_control", new int[] {100, 8});
            smaller.put("webdev", new int[] {150, 1});
            for (Map.Entry<String, int[]> e : smaller.entrySet()) {
                Path file = dataset.resolve(e.getKey() + "/latest-00000-of-00001.parquet");
                if (!Files.exists(file)) {
                    GenerateDataset.latest(file, e.getKey().endsWith("style_control") ? 7 : 0, e.getValue()[0],
                            e.getValue()[1]);
                }
            }
            try (HubStandIn hub = new HubStandIn()) {
                for (String config : List.of("text", "text_style_control", "vision", "vision_style_control", "webdev")) {
                    String name = config + "/latest-00000-of-00001.parquet";
                    hub.publish(name, Files.readAllBytes(dataset.resolve(name)));
                }
                LmarenaData data = data(cache, hub.endpoint());
                for (Arena arena : List.of(Arena.TEXT, Arena.VISION, Arena.WEBDEV)) {
                    LmarenaData.Refreshed r = data.refresh(arena, CancelToken.none(), LmarenaData.Progress.NONE);
                    System.out.printf(Locale.ROOT, "fetched %s: %d categories, %s has %d rows%n", arena.id(),
                            r.boards().size(), r.boards().get(0).category(), r.boards().get(0).rows());
                }
            }
        }
    }

    /** The app's window over the cache, driven by a measuring thread. */
    public static final class Window extends Application {

        private MainViewModel vm;
        private MainWindow window;
        private final AtomicLong worstLateness = new AtomicLong();

        @Override
        public void start(Stage stage) {
            List<String> args = getParameters().getRaw();
            Path cache = Path.of(args.get(1));
            int rounds = args.size() > 2 ? Integer.parseInt(args.get(2)) : 7;
            Settings settings = Settings.user();
            // The hub answers nobody: every board must come from the cache.
            BoardSource source = new LmarenaBoards(data(cache, URI.create("http://127.0.0.1:9/")));
            vm = new MainViewModel(lowPriority("arenaview-io"), lowPriority("arenaview-idle"), Platform::runLater,
                    uri -> { }, Clock.systemUTC(), source);
            vm.showAtHand(source.atHand(Arena.TEXT, Category.OVERALL), Duration.ZERO);
            window = new MainWindow(stage, vm, settings, new FxDialogs(), UiLanguage.forLocale(Locale.ENGLISH),
                    choice -> source);
            window.show();
            Thread run = new Thread(() -> measure(rounds), "timings");
            run.setDaemon(true);
            run.start();
        }

        private record Step(String name, Consumer<MainViewModel> action) {
        }

        private void measure(int rounds) {
            Category coding = new Category("coding");
            List<Step> steps = List.of(
                    new Step("text overall -> coding", m -> m.selectCategory(coding)),
                    new Step("text coding -> overall", m -> m.selectCategory(Category.OVERALL)),
                    new Step("text -> vision", m -> m.selectArena(Arena.VISION)),
                    new Step("vision -> text", m -> m.selectArena(Arena.TEXT)),
                    new Step("text -> webdev", m -> m.selectArena(Arena.WEBDEV)),
                    new Step("webdev -> text", m -> m.selectArena(Arena.TEXT)));
            Map<String, List<long[]>> times = new LinkedHashMap<>();
            try {
                FxTiming.startProbe((posted, late) -> worstLateness.accumulateAndGet(late, Math::max));
                Thread.sleep(1500);
                settle();
                report("start: %s %s, %,d rows", vm.arenaProperty().get().id(), vm.categoryProperty().get(),
                        onFx(() -> vm.rows().size()));
                for (int round = 1; round <= rounds; round++) {
                    for (Step step : steps) {
                        settle();
                        worstLateness.set(0);
                        long[] call = new long[1];
                        long start = System.nanoTime();
                        awaitRowsAfter(vm.rows(), () -> {
                            long called = System.nanoTime();
                            step.action().accept(vm);
                            call[0] = System.nanoTime() - called;
                        });
                        long shown = nextPulse() - start;
                        int rows = onFx(() -> vm.rows().size());
                        times.computeIfAbsent(step.name(), k -> new ArrayList<>())
                                .add(new long[] {shown, call[0], worstLateness.get()});
                        report("round %d, %s (%d rows): on screen %d ms, in the call %d ms, longest freeze %d ms",
                                round, step.name(), rows, ms(shown), ms(call[0]), ms(worstLateness.get()));
                    }
                }
                report("summary (on screen; first round, then the later rounds' median and max; longest freeze):");
                times.forEach((name, list) -> {
                    List<Long> later = list.subList(1, list.size()).stream().map(t -> ms(t[0])).sorted().toList();
                    long freeze = list.stream().mapToLong(t -> t[2]).max().orElse(0);
                    report("  %-24s first %3d ms; later median %3d ms, max %3d ms (%d runs); longest freeze %d ms",
                            name, ms(list.get(0)[0]), later.isEmpty() ? 0 : later.get(later.size() / 2),
                            later.isEmpty() ? 0 : later.get(later.size() - 1), later.size(), ms(freeze));
                });
            } catch (Exception e) {
                e.printStackTrace();
            } finally {
                Platform.exit();
            }
        }

        /** Lets the window finish what a switch started in the background (the comparison). */
        private void settle() throws InterruptedException {
            Thread.sleep(500);
            nextPulse();
        }

        private long nextPulse() throws InterruptedException {
            return FxTiming.nextPulse(window.view().root().getScene());
        }

        private static long ms(long nanos) {
            return TimeUnit.NANOSECONDS.toMillis(nanos);
        }

        private static void report(String format, Object... args) {
            System.out.println(String.format(Locale.ROOT, format, args));
        }
    }

    /** A thread as the app makes them: a daemon at the lowest priority. */
    private static ExecutorService lowPriority(String name) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            return t;
        });
    }
}
