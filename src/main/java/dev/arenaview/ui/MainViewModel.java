package dev.arenaview.ui;

import dev.arenaview.ui.shared.ExportChoice;
import dev.arenaview.ui.shared.ExportScope;
import dev.arenaview.ui.data.Comparisons;
import dev.arenaview.ui.data.DataModel;
import dev.arenaview.ui.export.ExportModel;
import dev.arenaview.ui.filter.FacetValue;
import dev.arenaview.ui.filter.FilterModel;
import dev.arenaview.ui.shared.Download;
import dev.arenaview.ui.shared.HistoryQuestion;
import dev.arenaview.ui.shared.Notice;
import dev.arenaview.ui.shared.ReportChart;
import dev.arenaview.ui.shared.Dialogs;
import dev.arenaview.ui.shared.Settings;
import dev.arenaview.ui.shared.Jobs;
import dev.arenaview.ui.shared.Network;
import dev.arenaview.ui.shared.SharedView;
import dev.arenaview.ui.status.StatusModel;
import dev.arenaview.ui.table.TableModel;
import dev.arenaview.ui.shared.LoadFailure;
import dev.arenaview.csv.LeaderboardFormatException;
import dev.arenaview.csv.LeaderboardReader;
import dev.arenaview.csv.ReadListener;
import dev.arenaview.io.AtomicFiles;
import dev.arenaview.io.IoMessages;
import dev.arenaview.model.Arena;
import dev.arenaview.model.Changes;
import dev.arenaview.model.DataSource;
import dev.arenaview.model.Entry;
import dev.arenaview.model.Freshness;
import dev.arenaview.model.Schema;
import dev.arenaview.model.Filter;
import dev.arenaview.model.Leaderboard;
import dev.arenaview.model.Links;
import dev.arenaview.model.Origin;
import dev.arenaview.model.SortIndex;
import dev.arenaview.model.SortOrder;
import dev.arenaview.report.MarkdownReport;
import dev.arenaview.report.ReportLanguage;
import dev.arenaview.report.ReportTime;
import dev.arenaview.model.Category;
import dev.arenaview.source.BoardSource;
import dev.arenaview.source.CancelToken;
import dev.arenaview.source.CsvBoards;
import dev.arenaview.source.FetchException;
import dev.arenaview.source.LatestData;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The state and actions of the main window, without any control: the loaded leaderboard,
 * the filter inputs, the rows they keep in the table's order, and what the user can do
 * with them. The view only binds to it and forwards to it, so all of this is tested
 * without a robot.
 *
 * <p>All state changes happen on the thread of {@code fx}; reading files and writing
 * reports run on {@code background}. Tests pass {@code Runnable::run} for both.
 */
public final class MainViewModel implements SharedView, StatusModel, ExportModel.Reports, DataModel, TableModel {

    /** How many files File › Open Recent keeps. */
    public static final int MAX_RECENT_FILES = 10;

    /** Boards up to this size are sorted and filtered on the window thread: quick enough, and no flicker. */
    static final int AT_ONCE_ROWS = 20_000;

    private final Executor fx;
    private final Executor idle;
    private final Jobs jobs;
    private final LinkOpener linkOpener;
    private final Clock clock;
    private volatile BoardSource source;

    private final ReadOnlyObjectWrapper<Leaderboard> board = new ReadOnlyObjectWrapper<>();
    // The rows shown are worked out whole, sorted then filtered, and swapped in at once: on the
    // window thread for small boards, on the background thread for large ones (see updateRows).
    private final RowList<Entry> rows = new RowList<>();
    private final ObjectProperty<SortOrder> sortOrder = new SimpleObjectProperty<>(SortOrder.DEFAULT);
    /** The shown board's rows with their sort keys. */
    private SortIndex index = new SortIndex(List.of());
    /** Updates of the rows: one that finishes after newer data, a newer click or keystroke is dropped. */
    private final Jobs.Lane rowUpdates;
    /** Switches of arena or category: only the newest one's board is shown. */
    private final Jobs.Lane switches;

    private final FilterModel filters = new FilterModel();
    private final ReadOnlyIntegerWrapper shownCount = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper totalCount = new ReadOnlyIntegerWrapper();
    private final ReadOnlyLongWrapper unreadableRows = new ReadOnlyLongWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Path> loadingFile = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Path> recentFiles = FXCollections.observableArrayList();

    private final ObjectProperty<Arena> arena = new SimpleObjectProperty<>(Arena.TEXT);
    private final ReadOnlyObjectWrapper<Category> category = new ReadOnlyObjectWrapper<>(Category.OVERALL);
    private final ObservableList<Arena> arenas = FXCollections.observableArrayList();
    private final ObservableList<Category> categories = FXCollections.observableArrayList(Category.OVERALL);
    /** The category last chosen on each arena, which coming back to the arena shows again. */
    private final javafx.collections.ObservableMap<Arena, Category> categoryChoices = FXCollections.observableHashMap();
    private final ReadOnlyObjectWrapper<Download> download = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Origin> origin = new ReadOnlyObjectWrapper<>();
    private java.util.function.Predicate<HistoryQuestion> askHistory = question -> false;
    private final Comparisons comparisons;
    private final ReadOnlyObjectWrapper<Freshness> freshness = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Network> network = new ReadOnlyObjectWrapper<>(Network.NOT_CHECKED);
    private final ReadOnlyStringWrapper networkProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Instant> lastCheck = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper refreshing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper upToDate = new ReadOnlyBooleanWrapper();
    private volatile CancelToken refreshToken = CancelToken.none();


    private Consumer<LoadFailure> onLoadFailed = failure -> { };
    private Consumer<WriteFailure> onWriteFailed = failure -> { };

    /** A report that could not be written, and why. */
    public record WriteFailure(Path target, String reason) {
    }

    /** A view model whose idle work (a large board's name keys) runs on the background executor too. */
    public MainViewModel(Executor background, Executor fx, LinkOpener linkOpener, Clock clock, LatestData data) {
        this(background, background, fx, linkOpener, clock, new CsvBoards(data));
    }

    /** A view model on the CSV releases whose idle work runs on its own executor. */
    public MainViewModel(Executor background, Executor idle, Executor fx, LinkOpener linkOpener, Clock clock,
                         LatestData data) {
        this(background, idle, fx, linkOpener, clock, new CsvBoards(data));
    }

    /**
     * @param background reads files and the network, and sorts and filters large boards
     * @param idle       prepares a large board's keys for what the user may do next; not the
     *                   background executor in the app, where it would hold up a keystroke
     * @param fx         the window's thread
     */
    public MainViewModel(Executor background, Executor idle, Executor fx, LinkOpener linkOpener, Clock clock,
                         BoardSource source) {
        this.fx = Objects.requireNonNull(fx);
        this.idle = Objects.requireNonNull(idle);
        this.jobs = new Jobs(background, fx);
        this.rowUpdates = jobs.lane();
        this.switches = jobs.lane();
        this.comparisons = new Comparisons(new Comparisons.Window() {
            @Override
            public Leaderboard shownBoard() {
                return board.get();
            }

            @Override
            public Arena arena() {
                return arena.get();
            }

            @Override
            public BoardSource source() {
                return source;
            }

            @Override
            public void withHistory(Runnable then, Runnable otherwise) {
                MainViewModel.this.withHistory(then, otherwise);
            }

            @Override
            public void busy(boolean working) {
                busy.set(working);
            }

            @Override
            public void announce(Notice message) {
                notice.set(message);
            }
        }, jobs);
        this.linkOpener = Objects.requireNonNull(linkOpener);
        this.clock = Objects.requireNonNull(clock);
        this.source = Objects.requireNonNull(source);
        arenas.setAll(source.arenas());
        origin.set(source.origin());

        filters.filterProperty().addListener(o -> updateRows());
        sortOrder.addListener(o -> updateRows());
        // A message speaks of what was shown when it came ("Exported 10 models"): once other data,
        // another filter or another order is shown, it is gone.
        board.addListener((obs, was, now) -> notice.set(null));
        filters.filterProperty().addListener((obs, was, now) -> notice.set(null));
        sortOrder.addListener((obs, was, now) -> notice.set(null));
        shownCount.bind(Bindings.size(rows));
    }

    // ---- data ---------------------------------------------------------------------------

    /** Shows a leaderboard; filter values it does not have are dropped, the others kept. */
    public void show(Leaderboard leaderboard) {
        show(leaderboard, 0);
    }

    private void show(Leaderboard leaderboard, long unreadable) {
        apply(prepare(leaderboard, sortOrder.get(), filters.filterProperty().get()), unreadable);
    }

    /**
     * A leaderboard made ready to show: its rows in the table's order and its filter values.
     * Large files are prepared on the background thread, so the window only swaps lists.
     */
    private record Prepared(Leaderboard board, SortIndex index, SortOrder order, Filter filter, List<Entry> shown,
                            List<FacetValue> vendors, List<FacetValue> licenses) {
    }

    private static Prepared prepare(Leaderboard leaderboard, SortOrder order, Filter filter) {
        SortIndex index = new SortIndex(leaderboard.entries());
        // Part of loading a large file, so that the first keystroke only searches; on another
        // core, beside the sort and the counts below.
        java.util.concurrent.CompletableFuture<Void> search = index.size() > AT_ONCE_ROWS
                ? java.util.concurrent.CompletableFuture.runAsync(index::prepareSearch)
                : java.util.concurrent.CompletableFuture.completedFuture(null);
        List<Entry> shown = index.rows(order, filter);
        List<FacetValue> vendors = FilterModel.facets(leaderboard.entries(), Entry::organization);
        List<FacetValue> licenses = FilterModel.facets(leaderboard.entries(), Entry::license);
        search.join();
        return new Prepared(leaderboard, index, order, filter, shown, vendors, licenses);
    }

    /** The rows shown and what they were worked out from. */
    private record Shown(SortIndex index, SortOrder order, Filter filter, List<Entry> rows) {

        /**
         * The rows for a view. A keystroke that narrows the search on a view that shows few of
         * the rows tests just those; otherwise the index finds them among all.
         */
        List<Entry> rowsFor(SortIndex i, SortOrder o, Filter f) {
            if (index == i && order.equals(o) && f.narrows(filter) && rows.size() < i.size() / NARROW_SHOWN_FRACTION) {
                return f.keep(rows);
            }
            return i.rows(o, f);
        }
    }

    /**
     * Below one row in this many shown, a narrowing keystroke tests the shown rows one by one
     * rather than search all names: the shown rows lie scattered in memory, so testing many of
     * them is slower than the index's pass over every name (BENCHMARKS.md).
     */
    private static final int NARROW_SHOWN_FRACTION = 256;

    private Shown lastShown = new Shown(index, SortOrder.FILE_ORDER, Filter.NONE, List.of());

    private void showRows(Shown next) {
        lastShown = next;
        rows.replace(next.rows());
    }

    private void apply(Prepared prepared, long unreadable) {
        Leaderboard leaderboard = prepared.board();
        if (prepared.index() != index && prepared.index().size() > AT_ONCE_ROWS) {
            prepareNameKeysWhileIdle(prepared.index());
        }
        index = prepared.index();
        filters.offer(prepared.vendors(), prepared.licenses());
        board.set(leaderboard);
        unreadableRows.set(unreadable);
        totalCount.set(leaderboard.entries().size());
        if (prepared.order().equals(sortOrder.get()) && prepared.filter().equals(filters.filterProperty().get())) {
            rowUpdates.supersede();
            showRows(new Shown(prepared.index(), prepared.order(), prepared.filter(), prepared.shown()));
        } else {
            // The user clicked a header or changed a filter while the file was being read.
            updateRows();
        }
        freshness.set(Freshness.of(leaderboard.date(), LocalDate.now(clock.withZone(ZoneOffset.UTC))).orElse(null));
        leaderboard.arena().ifPresent(arena::set);
        if (leaderboard.arena().isPresent()) {
            category.set(leaderboard.category());
            if (!categories.contains(leaderboard.category())) {
                categories.add(leaderboard.category());
            }
        }
        upToDate.set(false);
        comparisons.boardShown(leaderboard);
    }

    /**
     * Works out a large board's model-name keys, and first rehearses the search (a keystroke is
     * the likelier first thing to come), on the idle executor while the user looks at the board:
     * a first click on Model then only sorts.
     */
    private void prepareNameKeysWhileIdle(SortIndex large) {
        idle.execute(() -> {
            large.rehearseSearch();
            large.prepareKeys(dev.arenaview.model.Column.MODEL);
        });
    }

    /**
     * Shows the rows of the current order and filter. A header click or a keystroke must never
     * freeze the window: small boards are done at once, large ones on the background thread
     * by their typed keys, the rows shown staying until the new ones are ready.
     */
    private void updateRows() {
        SortIndex current = index;
        SortOrder order = sortOrder.get();
        Filter f = filters.filterProperty().get();
        Shown before = lastShown;
        if (current.size() <= AT_ONCE_ROWS) {
            rowUpdates.supersede();
            showRows(new Shown(current, order, f, before.rowsFor(current, order, f)));
            return;
        }
        rowUpdates.run(() -> new Shown(current, order, f, before.rowsFor(current, order, f)), this::showRows);
    }

    // ---- latest data --------------------------------------------------------------------

    /**
     * Shows at once what is at hand for the arena (cached, else bundled), then checks upstream in
     * the background when the last check is older than {@code checkAfter} ({@link Duration#ZERO}
     * never checks by itself).
     */
    public void startUp(Arena startArena, Duration checkAfter) {
        startUp(startArena, Category.OVERALL, checkAfter);
    }

    /** {@link #startUp(Arena, Duration)} on a category of the arena. */
    public void startUp(Arena startArena, Category startCategory, Duration checkAfter) {
        if (showAtHand(source.atHand(startArena, startCategory), checkAfter)) {
            refresh();
        }
    }

    /**
     * The first half of {@link #startUp}, with what is at hand already read (while the window's
     * toolkit started): shows it and says whether a check upstream is due, for a caller that
     * starts it with {@link #refresh()} when it suits (the app: after the window's first frame,
     * since on two cores the check's TLS handshake would slow the window down).
     */
    public boolean showAtHand(BoardSource.AtHand atHand, Duration checkAfter) {
        arena.set(atHand.arena());
        showPickers(atHand);
        atHand.board().ifPresent(this::show);
        boolean due = !checkAfter.isZero() && (lastCheck.get() == null
                || Duration.between(lastCheck.get(), clock.instant()).compareTo(checkAfter) > 0);
        return due || atHand.board().isEmpty();
    }

    /** The category picker and the last check of what is at hand. */
    private void showPickers(BoardSource.AtHand atHand) {
        categories.setAll(atHand.categories());
        categoryChoices.put(atHand.arena(), atHand.category());
        category.set(atHand.category());
        lastCheck.set(atHand.lastCheck().orElse(null));
    }

    /** What a switch read on the background thread: what is at hand, its board made ready to show. */
    private record Switched(BoardSource.AtHand atHand, Optional<Prepared> board) {
    }

    /**
     * Applies what the settings dialog chose and keeps it: the automatic check, the grouping,
     * and another source or mirror, whose boards are shown at once.
     *
     * @param sourceFor the data service of a source and its address
     */
    public void applySettings(Dialogs.SettingsChoice choice, Settings settings,
                              java.util.function.Function<Dialogs.SettingsChoice, BoardSource> sourceFor) {
        settings.setAutoCheckHours(choice.autoCheckHours());
        groupedProperty().set(choice.groupValues());
        // Against the source in use, which --source may have chosen for this run over the settings.
        boolean otherSource = choice.origin() != origin.get() || !choice.sourceUrl().equals(settings.sourceUrl())
                || !choice.hubUrl().equals(settings.hubUrl());
        if (otherSource) {
            settings.setOrigin(choice.origin());
            settings.setSourceUrl(choice.sourceUrl());
            settings.setHubUrl(choice.hubUrl());
            setSource(sourceFor.apply(choice));
        }
        settings.flush();
    }

    /**
     * Uses another source (LMArena's dataset or the CSV releases, or a mirror) from now on, and
     * shows what it has at hand for the arena (the first arena when it does not publish this one).
     */
    public void setSource(BoardSource newSource) {
        cancelRefresh();
        this.source = Objects.requireNonNull(newSource);
        origin.set(newSource.origin());
        arenas.setAll(newSource.arenas());
        Arena which = arenas.contains(arena.get()) ? arena.get() : arenas.get(0);
        arena.set(which);
        showArena(which, categoryChoices.getOrDefault(which, Category.OVERALL));
    }

    /** The data service in use: the boards, their history and their categories. */
    @Override
    public BoardSource boards() {
        return source;
    }

    /**
     * Runs work on the background executor and hands its result to {@code done} on the
     * window's thread: for other views (the charts) that read files.
     */
    @Override
    public <T> void inBackground(java.util.function.Supplier<T> work, Consumer<T> done) {
        jobs.run(work::get, done);
    }

    /** Says something in the status bar, for actions of other views (saving a chart). */
    @Override
    public void announce(Notice message) {
        notice.set(Objects.requireNonNull(message));
    }

    /** Switches to another arena, on the category last chosen there: its cached board at once, else a fetch. */
    @Override
    public void selectArena(Arena newArena) {
        if (newArena == arena.get() && board.get() != null && board.get().arena().orElse(Arena.TEXT) == newArena) {
            return;
        }
        cancelRefresh();
        arena.set(newArena);
        showArena(newArena, categoryChoices.getOrDefault(newArena, Category.OVERALL));
    }

    /** Switches to another category of the arena: its cached board at once, else a fetch. */
    @Override
    public void selectCategory(Category newCategory) {
        Objects.requireNonNull(newCategory);
        Leaderboard shown = board.get();
        if (shown != null && newCategory.equals(shown.category()) && shown.arena().orElse(Arena.TEXT) == arena.get()) {
            return;
        }
        cancelRefresh();
        showArena(arena.get(), newCategory);
    }

    /**
     * Shows an arena's cached board of a category: the pickers name it at once, the board is read
     * from the cache and sorted on the background thread, then swapped in (only the newest
     * switch's). With nothing cached, a fetch.
     */
    private void showArena(Arena which, Category wanted) {
        BoardSource from = source;
        SortOrder order = sortOrder.get();
        Filter filter = filters.filterProperty().get();
        category.set(wanted);
        switches.run(() -> {
            BoardSource.AtHand atHand = from.atHand(which, wanted);
            return new Switched(atHand, atHand.board().map(b -> prepare(b, order, filter)));
        }, read -> {
            if (from != source || which != arena.get()) {
                return;
            }
            showPickers(read.atHand());
            if (read.board().isPresent()) {
                apply(read.board().get(), 0);
            } else {
                notice.set(Notice.info("notice.noCachedArena", which.id()));
                refresh();
            }
        });
    }

    /**
     * Fetches the newest boards of the current arena in the background, with its progress;
     * the table keeps its data until the new data is complete, and keeps it if the fetch fails.
     */
    @Override
    public void refresh() {
        if (refreshing.get()) {
            return;
        }
        Arena which = arena.get();
        Category wanted = category.get();
        BoardSource from = source;
        CancelToken token = new CancelToken();
        refreshToken = token;
        refreshing.set(true);
        network.set(Network.CHECKING);
        BoardSource.Progress progress = progressRelay(token);
        jobs.run(() -> from.refresh(which, wanted, token, progress), done -> {
            endDownload(token);
            if (which != arena.get() || from != source) {
                return;
            }
            network.set(Network.ONLINE);
            networkProblem.set("");
            lastCheck.set(clock.instant());
            categories.setAll(done.categories());
            boolean sameAsShown = board.get() != null && done.board().date().equals(board.get().date())
                    && done.board().category().equals(board.get().category())
                    && done.board().entries().equals(board.get().entries());
            if (!sameAsShown) {
                switches.supersede();
                show(done.board());
            }
            if (!done.board().category().equals(wanted)) {
                // The arena has no such category (any more): its overall board is shown and kept as the choice.
                category.set(done.board().category());
                categoryChoices.put(which, done.board().category());
            }
            upToDate.set(true);
            String date = done.board().date().map(LocalDate::toString).orElse("?");
            notice.set(done.changed() ? Notice.info("notice.updated", date) : Notice.info("notice.upToDate", date));
        }, e -> {
            endDownload(token);
            if (which != arena.get() || from != source) {
                return;
            }
            if (e instanceof FetchException f && f.kind() == FetchException.Kind.CANCELLED) {
                network.set(Network.NOT_CHECKED);
                notice.set(Notice.info("notice.refreshCancelled"));
            } else {
                String reason = whyFetchFailed(e);
                network.set(Network.OFFLINE);
                networkProblem.set(reason);
                notice.set(Notice.warning("notice.refreshFailed", firstLine(reason)));
            }
            backToShownBoard();
        });
    }

    /**
     * After a fetch for an arena or category with nothing at hand failed or was cancelled, the
     * pickers go back to the board the table still shows, so that they never name other data.
     */
    private void backToShownBoard() {
        Leaderboard shown = board.get();
        if (shown == null || shown.arena().isEmpty()) {
            return;
        }
        Arena shownArena = shown.arena().get();
        category.set(shown.category());
        if (shownArena != arena.get()) {
            arena.set(shownArena);
            BoardSource from = source;
            // Its categories and last check come from the cache, off the window thread.
            jobs.run(() -> new BoardSource.AtHand(shownArena, from.categories(shownArena), shown.category(),
                    from.lastCheck(shownArena), Optional.empty()), atHand -> {
                        if (board.get() == shown && from == source) {
                            showPickers(atHand);
                        }
                    });
        }
    }

    /**
     * Hands a download's progress to the window's thread, at most one update waiting at a time:
     * a 60 MB download reports thousands of chunks, and the window only needs the newest.
     */
    private BoardSource.Progress progressRelay(CancelToken token) {
        java.util.concurrent.atomic.AtomicReference<Download> pending = new java.util.concurrent.atomic.AtomicReference<>();
        return (part, done, total) -> {
            if (pending.getAndSet(new Download(part, done, total)) == null) {
                fx.execute(() -> {
                    Download newest = pending.getAndSet(null);
                    if (refreshToken == token && refreshing.get() && newest != null) {
                        download.set(newest);
                    }
                });
            }
        };
    }

    private void endDownload(CancelToken token) {
        if (refreshToken == token) {
            refreshing.set(false);
            download.set(null);
        }
    }

    /** A fetch's failure as its message says it; anything else (a bug) as it is. */
    private static String whyFetchFailed(Exception e) {
        return e instanceof FetchException ? e.getMessage() : String.valueOf(e);
    }

    /** The status bar has room for a line. */
    private static String firstLine(String text) {
        return text.lines().findFirst().orElse("");
    }

    @Override
    public void cancelRefresh() {
        refreshToken.cancel();
    }

    /**
     * Asks, before an arena's history is downloaded, whether to go ahead with its size; true to
     * download. Without a handler the history is never downloaded.
     */
    public void setOnHistoryQuestion(java.util.function.Predicate<HistoryQuestion> handler) {
        this.askHistory = Objects.requireNonNull(handler);
    }

    /**
     * Runs {@code then} on the window's thread once the shown arena's history is at hand: at once
     * when it is, else after asking with its size and downloading it with progress and Cancel.
     * Declined, failed or cancelled, {@code then} does not run and the status bar says why.
     */
    @Override
    public void withHistory(Runnable then) {
        withHistory(then, () -> { });
    }

    /** {@link #withHistory(Runnable)}, running {@code otherwise} when {@code then} will not run. */
    private void withHistory(Runnable then, Runnable otherwise) {
        Arena which = arena.get();
        BoardSource from = source;
        if (refreshing.get()) {
            notice.set(Notice.info("notice.historyWait"));
            otherwise.run();
            return;
        }
        CancelToken token = new CancelToken();
        refreshToken = token;
        refreshing.set(true);
        Consumer<Exception> failed = e -> {
            endDownload(token);
            historyFailed(e);
            otherwise.run();
        };
        jobs.run(() -> from.historyAtHand(which) ? -1L : from.historySize(which, token), size -> {
            if (size < 0) {
                endDownload(token);
                then.run();
                return;
            }
            if (token.isCancelled() || from != source || which != arena.get()) {
                endDownload(token);
                otherwise.run();
                return;
            }
            // The question is asked with the bar idle: no Cancel beside a dialog.
            refreshing.set(false);
            if (!askHistory.test(new HistoryQuestion(which, size))) {
                endDownload(token);
                notice.set(Notice.info("notice.historyDeclined", which.id()));
                otherwise.run();
                return;
            }
            refreshing.set(true);
            download.set(new Download(which.config() + "/full", 0, size));
            BoardSource.Progress progress = progressRelay(token);
            jobs.run(() -> {
                from.fetchHistory(which, token, progress);
                return which;
            }, done -> {
                endDownload(token);
                historyChanged.set(historyChanged.get() + 1);
                notice.set(Notice.info("notice.historyFetched", which.id(), megabytes(size)));
                then.run();
            }, failed);
        }, failed);
    }

    private void historyFailed(Exception e) {
        if (e instanceof FetchException f && f.kind() == FetchException.Kind.CANCELLED) {
            notice.set(Notice.info("notice.historyCancelled"));
        } else {
            notice.set(Notice.warning("notice.historyFetchFailed", firstLine(whyFetchFailed(e))));
        }
    }

    private final javafx.beans.property.SimpleIntegerProperty historyChanged =
            new javafx.beans.property.SimpleIntegerProperty();

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1e6);
    }

    /**
     * Compares the shown data with the board of a day (null: no comparison). A day not at hand
     * is fetched in the background first; with LMArena's dataset, from its history, which is
     * downloaded after asking.
     */
    @Override
    public void compareWith(LocalDate date) {
        comparisons.compareWith(date);
    }

    /** Holds back the comparison with the previous board until the window's first frame: see {@link Comparisons#defer()}. */
    public void deferComparisons() {
        comparisons.defer();
    }

    /** Works out the comparison held back by {@link #deferComparisons()}, and every later one at once. */
    public void resumeComparisons() {
        comparisons.resume();
    }

    @Override
    public javafx.beans.value.ObservableValue<Number> comparisonRefusedProperty() {
        return comparisons.refusedProperty();
    }

    /**
     * Reads a CSV in the background and shows it. On failure the table keeps what it shows
     * and {@link #setOnLoadFailed the failure handler} hears why.
     */
    public void openFile(Path requested) {
        // Absolute, so that the status bar and messages say exactly which file it was.
        Path file = requested.toAbsolutePath().normalize();
        if (loadingFile.get() != null) {
            cancelLoad();
        }
        switches.supersede();
        long size = sizeOf(file);
        // A file of known size shows how far it is read from the start: no indeterminate bar.
        loadProgress.set(size > 0 ? 0 : -1);
        busy.set(true);
        loadingFile.set(file);
        LeaderboardReader reader = new LeaderboardReader();
        SortOrder order = sortOrder.get();
        Filter shownFilter = filters.filterProperty().get();
        Leaderboard before = board.get();
        LoadJob job = new LoadJob();
        currentLoad = job;
        ReadListener listener = new ReadListener() {
            @Override
            public void firstRows(List<Entry> rows, Schema schema) {
                Leaderboard preview = new Leaderboard(rows, schema, Optional.empty(), Optional.empty(),
                        DataSource.file(file.toString()));
                Prepared prepared = prepare(preview, order, shownFilter);
                fx.execute(() -> {
                    if (currentLoad == job && !job.cancelled) {
                        // The first rows of a large file, at once; the rest follows.
                        apply(prepared, 0);
                        job.previewShown = true;
                    }
                });
            }

            @Override
            public void progress(long bytesRead) {
                if (size > 0) {
                    double done = Math.min(1.0, (double) bytesRead / size);
                    fx.execute(() -> {
                        if (currentLoad == job) {
                            loadProgress.set(done);
                        }
                    });
                }
            }

            @Override
            public boolean isCancelled() {
                return job.cancelled;
            }
        };
        jobs.run(() -> prepare(reader.read(file, listener), order, shownFilter),
                loaded -> loadEnded(job, file, before, loaded, null),
                e -> loadEnded(job, file, before, null, e));
    }

    /** The end of a file's load, on the window's thread: its rows, or what stopped it. */
    private void loadEnded(LoadJob job, Path file, Leaderboard before, Prepared loaded, Exception failure) {
        if (currentLoad != job) {
            return;
        }
        currentLoad = null;
        if (loaded != null) {
            apply(loaded, 0);
            remember(file);
        } else {
            // Nothing is lost: what was shown before the file comes back.
            if (job.previewShown && before != null) {
                show(before);
            }
            if (failure instanceof java.io.InterruptedIOException) {
                notice.set(Notice.info("notice.loadCancelled", file.getFileName().toString()));
            } else if (failure instanceof LeaderboardFormatException e) {
                onLoadFailed.accept(new LoadFailure(file, e.getMessage(), e.readableRows(),
                        e.readableRows().isPresent() ? e.totalProblems() : 0));
            } else {
                String reason = failure instanceof IOException io ? IoMessages.reason(io) : String.valueOf(failure);
                onLoadFailed.accept(new LoadFailure(file, file + ": " + reason, Optional.empty(), 0));
            }
        }
        // Last, so that whoever waits for the load to end (the status bar, a test on
        // another thread) finds the table and the notice as they stay.
        busy.set(false);
        loadingFile.set(null);
        loadProgress.set(-1);
    }

    /** Stops reading the file being opened; the data shown before stays. */
    @Override
    public void cancelLoad() {
        LoadJob job = currentLoad;
        if (job != null) {
            job.cancelled = true;
        }
    }

    /** One file being opened: whether the user stopped it, and whether its first rows are shown. */
    private static final class LoadJob {
        volatile boolean cancelled;
        boolean previewShown;
    }

    private volatile LoadJob currentLoad;

    private static long sizeOf(Path file) {
        try {
            return java.nio.file.Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    /** How much of the file being opened is read, 0 to 1, or -1 when unknown. */
    @Override
    public javafx.beans.property.ReadOnlyDoubleProperty loadProgressProperty() {
        return loadProgress.getReadOnlyProperty();
    }

    private final javafx.beans.property.ReadOnlyDoubleWrapper loadProgress =
            new javafx.beans.property.ReadOnlyDoubleWrapper(-1);

    /** Shows the readable rows of a file with bad rows, marked as incomplete. */
    public void showReadableRows(LoadFailure failure) {
        failure.readable().ifPresent(readable -> {
            show(readable, failure.unreadable());
            remember(failure.file());
        });
    }

    public void setOnLoadFailed(Consumer<LoadFailure> handler) {
        this.onLoadFailed = Objects.requireNonNull(handler);
    }

    public void setOnWriteFailed(Consumer<WriteFailure> handler) {
        this.onWriteFailed = Objects.requireNonNull(handler);
    }

    private void remember(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        recentFiles.remove(absolute);
        recentFiles.add(0, absolute);
        if (recentFiles.size() > MAX_RECENT_FILES) {
            recentFiles.remove(MAX_RECENT_FILES, recentFiles.size());
        }
    }

    // ---- filters ------------------------------------------------------------------------

    @Override
    public ReadOnlyObjectProperty<Filter> filterProperty() {
        return filters.filterProperty();
    }

    /** The filter bar's state, which the rows follow. */
    public FilterModel filters() {
        return filters;
    }

    // ---- report -------------------------------------------------------------------------

    /** The report of the current view (the table as shown) or of every model. */
    public String report(ReportLanguage language, ExportScope scope) {
        return report(language, scope, false);
    }

    /** The report, with the change column when asked and a comparison is shown. */
    public String report(ReportLanguage language, ExportScope scope, boolean withChanges) {
        return report(language, scope, withChanges, null);
    }

    private String report(ReportLanguage language, ExportScope scope, boolean withChanges,
                          MarkdownReport.ChartImage chart) {
        Leaderboard b = board.get();
        MarkdownReport report = new MarkdownReport(language).withChart(chart)
                .asOf(LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        Changes since = comparisons.changesProperty().get();
        if (withChanges && !since.isEmpty()) {
            report = report.withChanges(since);
        }
        if (scope == ExportScope.ALL_MODELS) {
            return report.render(b, reportRows(scope), Filter.NONE, SortOrder.DEFAULT, reportTime());
        }
        return report.render(b, reportRows(scope), filters.filterProperty().get(), sortOrder.get(), reportTime());
    }

    /** The rows a report of the scope holds, in its order (for a chart of the same rows). */
    @Override
    public List<Entry> reportRows(ExportScope scope) {
        return scope == ExportScope.ALL_MODELS ? SortOrder.DEFAULT.sort(board.get().entries()) : List.copyOf(rows);
    }

    /** How many rows a report of the scope holds. */
    @Override
    public int reportSize(ExportScope scope) {
        return scope == ExportScope.ALL_MODELS ? totalCount.get() : rows.size();
    }

    /**
     * Writes the report in the background, replacing the target atomically; says so in a
     * notice, or tells {@link #setOnWriteFailed the failure handler} why not.
     */
    public void exportReport(ExportChoice choice) {
        exportReport(choice, null);
    }

    /**
     * Like {@link #exportReport(ExportChoice)}, with a chart (null: none) written first beside
     * the report, so the report never links an image that is not there.
     */
    @Override
    public void exportReport(ExportChoice choice, ReportChart chart) {
        String text = report(choice.language(), choice.scope(), choice.includeChanges(),
                chart == null ? null : new MarkdownReport.ChartImage(chart.fileName(), chart.models()));
        int count = reportSize(choice.scope());
        Path image = chart == null ? null : choice.target().resolveSibling(chart.fileName());
        busy.set(true);
        jobs.run(() -> {
            // The image first, so that the report never links an image that is not there.
            Path writing = choice.target();
            try {
                if (chart != null) {
                    writing = image;
                    AtomicFiles.write(image, chart.png());
                    writing = choice.target();
                }
                AtomicFiles.writeString(choice.target(), text);
                return Optional.<WriteFailure>empty();
            } catch (IOException e) {
                return Optional.of(new WriteFailure(writing, IoMessages.reason(e)));
            }
        }, failure -> {
            busy.set(false);
            if (failure.isPresent()) {
                onWriteFailed.accept(failure.get());
            } else if (chart == null) {
                notice.set(Notice.info("notice.exported", count, choice.target().toString()));
            } else {
                notice.set(Notice.info("notice.exportedWithChart", count, choice.target().toString(),
                        chart.fileName()));
            }
        });
    }

    /**
     * {@code arena-leaderboard-YYYY-MM-DD.md}, with the data's date (else today's); for another
     * board or category than text overall, named after them too
     * ({@code arena-leaderboard-webdev-coding-2026-10-01.md}), so reports of several do not collide.
     */
    @Override
    public String defaultExportFileName() {
        Leaderboard b = board.get();
        Arena of = b == null ? Arena.TEXT : b.arena().orElse(Arena.TEXT);
        Category c = b == null ? Category.OVERALL : b.category();
        String which = of == Arena.TEXT && c.isOverall() ? ""
                : of.id() + "-" + c.id().replaceAll("[^A-Za-z0-9]+", "-").toLowerCase(java.util.Locale.ROOT) + "-";
        return "arena-leaderboard-" + which + reportTime().utcDate() + ".md";
    }

    private ReportTime reportTime() {
        return ReportTime.of(board.get(), clock);
    }

    /** One row as a Markdown table (header, alignment, the row), for the clipboard. */
    public String rowMarkdown(Entry entry, ReportLanguage language) {
        return new MarkdownReport(language).table(board.get().schema(), List.of(entry));
    }

    /** Says in the status bar that something was copied. */
    public void copied(String noticeKey, Object... args) {
        notice.set(Notice.info(noticeKey, args));
    }

    // ---- links --------------------------------------------------------------------------

    /** Opens the model's page when it is a web address; otherwise says why not. */
    @Override
    public boolean openLink(Entry entry) {
        Optional<URI> uri = Links.webUri(entry.url());
        if (uri.isPresent()) {
            linkOpener.open(uri.get());
            notice.set(Notice.info("notice.opening", uri.get().toString()));
            return true;
        }
        notice.set(entry.url().isBlank() ? Notice.warning("notice.noLink", entry.model())
                : Notice.warning("notice.linkRefused", entry.url()));
        return false;
    }

    // ---- properties ---------------------------------------------------------------------

    @Override
    public ReadOnlyObjectProperty<Leaderboard> boardProperty() {
        return board.getReadOnlyProperty();
    }

    @Override
    public Leaderboard getBoard() {
        return board.get();
    }

    /** The rows the table shows: filtered, in {@link #sortOrderProperty() the sort order}. */
    @Override
    public ObservableList<Entry> rows() {
        return rows;
    }

    /** The table's sort order, set by the view from its columns. */
    @Override
    public ObjectProperty<SortOrder> sortOrderProperty() {
        return sortOrder;
    }

    /** Whether vendors and licences are grouped: see {@link FilterModel#groupedProperty()}. */
    @Override
    public BooleanProperty groupedProperty() {
        return filters.groupedProperty();
    }

    @Override
    public ReadOnlyIntegerProperty shownCountProperty() {
        return shownCount.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyIntegerProperty totalCountProperty() {
        return totalCount.getReadOnlyProperty();
    }

    /** Rows of the shown file that could not be read (the data is incomplete when above 0). */
    @Override
    public ReadOnlyLongProperty unreadableRowsProperty() {
        return unreadableRows.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyObjectProperty<Path> loadingFileProperty() {
        return loadingFile.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ObservableList<Path> recentFiles() {
        return recentFiles;
    }

    /** The arena shown (or being fetched). */
    @Override
    public ReadOnlyObjectProperty<Arena> arenaProperty() {
        return arena;
    }

    /** The category shown (or being fetched). */
    @Override
    public ReadOnlyObjectProperty<Category> categoryProperty() {
        return category.getReadOnlyProperty();
    }

    /** The boards the source publishes. */
    @Override
    public ObservableList<Arena> arenas() {
        return arenas;
    }

    /** The shown arena's categories at hand, overall first. */
    @Override
    public ObservableList<Category> categories() {
        return categories;
    }

    /** The category last chosen on each arena, to keep across runs. */
    public javafx.collections.ObservableMap<Arena, Category> categoryChoices() {
        return categoryChoices;
    }

    /** The download under way (a fetch or the history), or null. */
    @Override
    public ReadOnlyObjectProperty<Download> downloadProperty() {
        return download.getReadOnlyProperty();
    }

    /** Who publishes the boards of the source in use. */
    @Override
    public ReadOnlyObjectProperty<Origin> originProperty() {
        return origin.getReadOnlyProperty();
    }

    /** Counts the downloads of a history, for views that read it. */
    @Override
    public javafx.beans.value.ObservableValue<Number> historyChangedProperty() {
        return historyChanged;
    }

    /** What changed since the compared snapshot; {@link Changes#none()} without a comparison. */
    @Override
    public ReadOnlyObjectProperty<Changes> changesProperty() {
        return comparisons.changesProperty();
    }

    /** The date of the snapshot compared with, or null. */
    @Override
    public ReadOnlyObjectProperty<LocalDate> comparedWithProperty() {
        return comparisons.comparedWithProperty();
    }

    /** Dates of the cached snapshots of the arena, newest first, other than the shown one. */
    @Override
    public ObservableList<LocalDate> historyDates() {
        return comparisons.dates();
    }

    /** How old the shown data is, or null when it has no date. */
    @Override
    public ReadOnlyObjectProperty<Freshness> freshnessProperty() {
        return freshness.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyObjectProperty<Network> networkProperty() {
        return network.getReadOnlyProperty();
    }

    /** Why the last check failed, or empty. */
    @Override
    public ReadOnlyStringProperty networkProblemProperty() {
        return networkProblem.getReadOnlyProperty();
    }

    /** When the arena was last checked upstream (this session or before), or null. */
    @Override
    public ReadOnlyObjectProperty<Instant> lastCheckProperty() {
        return lastCheck.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyBooleanProperty refreshingProperty() {
        return refreshing.getReadOnlyProperty();
    }

    /** True when the shown data is what upstream publishes now (just checked). */
    @Override
    public ReadOnlyBooleanProperty upToDateProperty() {
        return upToDate.getReadOnlyProperty();
    }

    @Override
    public Clock clock() {
        return clock;
    }
}
