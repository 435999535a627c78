package dev.arenaview.bench;

import static dev.arenaview.bench.FxTiming.fx;
import static dev.arenaview.bench.FxTiming.awaitRowsAfter;
import static dev.arenaview.bench.FxTiming.onFx;

import dev.arenaview.model.Column;
import dev.arenaview.model.SortOrder;
import dev.arenaview.source.CsvBoards;
import dev.arenaview.source.HttpFetcher;
import dev.arenaview.source.LatestData;
import dev.arenaview.source.SnapshotCache;
import dev.arenaview.source.UpstreamSource;
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
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The window's own timings on a large file, in the real window (run it under a display):
 * how soon the first rows show, when the whole file is in, how long a header click and a
 * search keystroke take to reach the screen, the heap the rows keep, and the longest time
 * the JavaFX thread could not answer while all that happened.
 *
 * <p>A probe thread posts a tiny task to the JavaFX thread every 2 ms and records how late it
 * ran: that lateness is the time the window was frozen. A garbage collector's stop-the-world
 * pause freezes the window too, but stops the probe as well: one that falls while the probe sleeps
 * between two posts goes unseen, so every such pause is also counted as a freeze of its own length
 * (from the collectors' notifications). "On screen" means the first layout pulse after the change.
 *
 * <p>Usage (see benchmarks/measure.sh): {@code java -cp ... dev.arenaview.bench.WindowTimings FILE}
 */
public final class WindowTimings {

    private WindowTimings() {
    }

    public static void main(String[] args) {
        // Launched from a class that is not the Application, so it runs with JavaFX on the
        // class path as well as on the module path.
        Application.launch(Window.class, args);
    }

    /** The app's window, driven by a measuring thread. */
    public static final class Window extends Application {

    private static final Path FILE = Path.of(System.getProperty("timings.file", "target/bench/leaderboard-1000000.csv"));

    private MainViewModel vm;
    private MainWindow window;
    private final AtomicLong worstLateness = new AtomicLong();
    /** The longest collector pause, also counted in {@link #worstLateness}. */
    private final AtomicLong worstPause = new AtomicLong();
    /** Freezes over {@link #LONG_FREEZE_MS}, as "at ms: length ms", since {@link #since}. */
    private final java.util.Queue<String> longFreezes = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private volatile long since = System.nanoTime();
    private static final long LONG_FREEZE_MS = 50;

    @Override
    public void start(Stage stage) throws Exception {
        Path cache = Files.createTempDirectory("arenaview-timings");
        Settings settings = new Settings(Preferences.userRoot().node("arenaview-timings/" + UUID.randomUUID()));
        // A source nobody answers: the window works on the bundled data and the file, offline.
        LatestData data = new LatestData(new SnapshotCache(cache), new HttpFetcher(),
                new UpstreamSource(URI.create("http://127.0.0.1:9/")), Clock.systemUTC());
        CsvBoards boards = new CsvBoards(data);
        vm = new MainViewModel(lowPriority("arenaview-io"), lowPriority("arenaview-idle"), Platform::runLater,
                uri -> { }, Clock.systemUTC(), boards);
        vm.startUp(settings.arena(), Duration.ZERO);
        window = new MainWindow(stage, vm, settings, new FxDialogs(), UiLanguage.forLocale(Locale.ENGLISH),
                choice -> boards);
        window.show();
        Thread run = new Thread(this::measure, "timings");
        run.setDaemon(true);
        run.start();
    }

    private void measure() {
        try {
            FxTiming.startProbe((posted, late) -> {
                worstLateness.accumulateAndGet(late, Math::max);
                if (ms(late) > LONG_FREEZE_MS) {
                    longFreezes.add(ms(posted - since) + ": " + ms(late));
                }
            });
            countCollectorPauses();
            Thread.sleep(1500);
            settle();

            String before = System.getProperty("timings.before");
            if (before != null) {
                // A window that has already opened a file: its code is warm.
                fx(() -> vm.openFile(Path.of(before)));
                waitUntil(() -> vm.getBoard() != null && !vm.busyProperty().get());
                settle();
            }
            long heapBefore = usedHeapAfterGc();
            worstLateness.set(0);
            worstPause.set(0);
            long start = System.nanoTime();
            since = start;
            longFreezes.clear();
            profile("start," + System.getProperty("timings.profile", ""));
            fx(() -> vm.openFile(FILE));
            waitUntil(() -> vm.getBoard() != null && vm.getBoard().source().location().endsWith(FILE.getFileName().toString()));
            long firstRows = nextPulse() - start;
            waitUntil(() -> !vm.busyProperty().get());
            long loaded = nextPulse() - start;
            long loadFreeze = worstLateness.get();
            long loadPause = worstPause.get();
            List<String> loadFreezes = List.copyOf(longFreezes);
            profile("stop," + System.getProperty("timings.profile", ""));
            int rows = onFx(() -> vm.rows().size());
            long heapAtLoad = usedHeapAfterGc() - heapBefore;
            // What the window keeps once the work it does after a load (the names' sort keys) is done.
            Thread.sleep(3000);
            long heap = usedHeapAfterGc() - heapBefore;

            report("open %s (%,d rows): first rows on screen %d ms, all rows %d ms, longest freeze %d ms "
                    + "(longest GC pause %d ms), heap %d MB (%d MB just after the load)",
                    FILE.getFileName(), rows, ms(firstRows), ms(loaded), ms(loadFreeze), ms(loadPause), heap >> 20, heapAtLoad >> 20);
            // Where in the load the window stalled: while reading, or when the rows were swapped in.
            report("  freezes over %d ms while loading (at: length): %s", LONG_FREEZE_MS, String.join(", ", loadFreezes));

            // A first click on Votes and on Model, a second click on Model (reversing it), Score.
            for (SortOrder order : List.of(by(Column.VOTES, false), by(Column.MODEL, true), by(Column.MODEL, false),
                    by(Column.SCORE, false))) {
                settle();
                worstLateness.set(0);
                worstPause.set(0);
                long clicked = System.nanoTime();
                awaitRowsAfter(vm.rows(), () -> vm.sortOrderProperty().set(order));
                long shown = nextPulse() - clicked;
                report("header click %s: on screen %d ms, longest freeze %d ms (GC %d ms)", order, ms(shown),
                        ms(worstLateness.get()), ms(worstPause.get()));
            }

            String typed = "";
            for (char c : "gemini".toCharArray()) {
                typed += c;
                String text = typed;
                settle();
                worstLateness.set(0);
                worstPause.set(0);
                long key = System.nanoTime();
                awaitRowsAfter(vm.rows(), () -> vm.filters().searchProperty().set(text));
                long rowsIn = System.nanoTime() - key;
                long shown = nextPulse() - key;
                int left = onFx(() -> vm.rows().size());
                report("search keystroke \"%s\" (%,d rows left): rows in %d ms, on screen %d ms, longest freeze %d ms (GC %d ms)",
                        text, left, ms(rowsIn), ms(shown), ms(worstLateness.get()), ms(worstPause.get()));
            }
        } catch (Exception e) {
            e.printStackTrace();
        } finally {
            Platform.exit();
        }
    }

    /**
     * Runs an async-profiler command around the load when {@code -Dtimings.profile=OPTIONS} is
     * given and its loader is on the class path (for example {@code event=wall,interval=1ms,
     * threads,file=load.collapsed}); reflection keeps the profiler out of the build.
     */
    private static void profile(String command) {
        if (System.getProperty("timings.profile") == null) {
            return;
        }
        try {
            Object profiler = Class.forName("one.profiler.AsyncProfilerLoader").getMethod("load").invoke(null);
            profiler.getClass().getMethod("execute", String.class).invoke(profiler, command);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("async-profiler: " + command, e);
        }
    }

    private static SortOrder by(Column column, boolean ascending) {
        return new SortOrder(List.of(new SortOrder.Key(column, ascending)));
    }

    /**
     * Counts each stop-the-world pause of a collector as a freeze. G1 (the app's collector)
     * notifies its pauses only: in JDK 17 its concurrent cycle has no bean. A concurrent
     * collector's beans report whole cycles, which would be counted here as if they were pauses.
     * Pauses the harness asks for, to weigh the heap, are not the window's doing and are left out.
     */
    private void countCollectorPauses() {
        for (java.lang.management.GarbageCollectorMXBean bean : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
            ((javax.management.NotificationEmitter) bean).addNotificationListener((notification, handback) -> {
                if (!com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                    return;
                }
                var info = com.sun.management.GarbageCollectionNotificationInfo.from(
                        (javax.management.openmbean.CompositeData) notification.getUserData());
                if (info.getGcCause().equals("System.gc()")) {
                    return;
                }
                long pause = TimeUnit.MILLISECONDS.toNanos(info.getGcInfo().getDuration());
                worstLateness.accumulateAndGet(pause, Math::max);
                worstPause.accumulateAndGet(pause, Math::max);
                if (ms(pause) > LONG_FREEZE_MS) {
                    long startedAt = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime()
                            + info.getGcInfo().getStartTime();
                    long sinceMs = System.currentTimeMillis() - startedAt;
                    longFreezes.add(ms(System.nanoTime() - since) - sinceMs + ": " + ms(pause) + " (GC)");
                }
            }, null, null);
        }
    }

    private void settle() throws InterruptedException {
        Thread.sleep(300);
        nextPulse();
    }

    private long nextPulse() throws InterruptedException {
        return FxTiming.nextPulse(window.view().root().getScene());
    }

    private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!onFx(condition::getAsBoolean)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("timed out");
            }
            Thread.sleep(5);
        }
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    private static long ms(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(nanos);
    }

    private static void report(String format, Object... args) {
        System.out.println(String.format(Locale.ROOT, format, args));
    }

    }

    /** A thread as the app makes them: a daemon at the lowest priority. */
    private static java.util.concurrent.ExecutorService lowPriority(String name) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            return t;
        });
    }
}
