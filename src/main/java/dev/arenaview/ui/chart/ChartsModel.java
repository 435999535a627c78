package dev.arenaview.ui.chart;

import dev.arenaview.io.IoMessages;
import dev.arenaview.model.Arena;
import dev.arenaview.model.ChartData;
import dev.arenaview.model.ChartData.Interval;
import dev.arenaview.model.ChartData.VendorStat;
import dev.arenaview.model.Entry;
import dev.arenaview.model.History;
import dev.arenaview.model.History.Series;
import dev.arenaview.model.Leaderboard;
import dev.arenaview.model.Taxonomy;
import dev.arenaview.source.HistoryLoader;
import dev.arenaview.model.Category;
import dev.arenaview.source.BoardSource;
import dev.arenaview.source.FetchException;
import dev.arenaview.ui.shared.SharedView;
import dev.arenaview.ui.shared.Notice;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.WeakListChangeListener;

/**
 * What the charts show, without any drawing: the intervals of the table's first rows, the
 * points of the visible rows, the vendors, and the history of chosen models. It follows the
 * table's rows (filtered and sorted) and selection.
 *
 * <p>Changes of the rows come in bursts (a new file, each key typed in the search); they are
 * coalesced into one update on {@code later}, and no update runs while the charts are hidden
 * ({@link #activeProperty()}): then the charts only learn that they are out of date. The
 * history is read on the view model's background executor.
 */
public final class ChartsModel {

    public static final int DEFAULT_TOP = 30;
    public static final int MAX_TOP = 200;
    /** The score-versus-votes chart draws at most this many of the visible rows, the first ones. */
    public static final int MAX_POINTS = 5_000;
    /** The history follows at most this many selected models: more lines could not be told apart. */
    public static final int MAX_SERIES = 10;
    /** Without a selection, the history follows this many of the table's first rows. */
    public static final int DEFAULT_SERIES = 5;

    private final SharedView vm;
    private final ObservableList<Entry> selection;
    private final Executor later;

    private final IntegerProperty top = new SimpleIntegerProperty(DEFAULT_TOP);
    private final BooleanProperty active = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<List<Interval>> intervals = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<List<Entry>> points = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyIntegerWrapper visible = new ReadOnlyIntegerWrapper();
    private final ReadOnlyObjectWrapper<List<VendorStat>> vendors = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<Set<String>> selectedModels = new ReadOnlyObjectWrapper<>(Set.of());

    private final ReadOnlyObjectWrapper<Path> historyFolder = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<History> history = new ReadOnlyObjectWrapper<>(History.empty());
    private final ReadOnlyBooleanWrapper historyLoading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper historyAtHand = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyObjectWrapper<List<HistoryLoader.Skipped>> skipped = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<List<Series>> series = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyBooleanWrapper seriesFromSelection = new ReadOnlyBooleanWrapper();

    private boolean scheduled;
    private boolean stale = true;
    private boolean historyStale = true;
    private int historyLoad;

    // Held here because the view model holds them only weakly: a view rebuilt in another
    // language must not leave its charts following the rows.
    private final ListChangeListener<Entry> rowsListener = c -> invalidate();
    private final InvalidationListener boardListener = o -> boardChanged();
    private final InvalidationListener historyListener = o -> boardChanged();
    private final ListChangeListener<Entry> selectionListener = c -> selectionChanged();

    /**
     * @param vm        the window's view model: its rows, board, background work and notices
     * @param selection the table's selected rows
     * @param later     runs an update after the current burst of changes (the window's
     *                  {@code Platform::runLater}; tests run it at once)
     */
    public ChartsModel(SharedView vm, ObservableList<Entry> selection, Executor later) {
        this.vm = Objects.requireNonNull(vm);
        this.selection = Objects.requireNonNull(selection);
        this.later = Objects.requireNonNull(later);
        vm.rows().addListener(new WeakListChangeListener<>(rowsListener));
        vm.boardProperty().addListener(new WeakInvalidationListener(boardListener));
        vm.historyChangedProperty().addListener(new WeakInvalidationListener(historyListener));
        selection.addListener(new WeakListChangeListener<>(selectionListener));
        top.addListener(o -> invalidate());
        vm.groupedProperty().addListener(new WeakInvalidationListener(groupedListener));
        selectionChanged();
        active.addListener((obs, was, now) -> {
            if (now) {
                if (stale) {
                    invalidate();
                }
                if (historyStale) {
                    loadHistory(false);
                }
            }
        });
    }

    private final javafx.beans.InvalidationListener groupedListener = o -> invalidate();

    private void invalidate() {
        stale = true;
        if (!scheduled && active.get()) {
            scheduled = true;
            later.execute(this::update);
        }
    }

    private void update() {
        scheduled = false;
        if (!active.get()) {
            return;
        }
        stale = false;
        List<Entry> rows = vm.rows();
        int n = Math.max(1, Math.min(MAX_TOP, top.get()));
        // The count first: the charts' subtitles read it when the lists below change.
        visible.set(rows.size());
        intervals.set(ChartData.topIntervals(rows, n));
        points.set(List.copyOf(rows.subList(0, Math.min(MAX_POINTS, rows.size()))));
        vendors.set(vm.groupedProperty().get()
                ? ChartData.vendors(rows, e -> Taxonomy.standard().vendor(e.organization()))
                : ChartData.vendors(rows));
        updateSeries();
    }

    private void selectionChanged() {
        selectedModels.set(selection.stream().filter(Objects::nonNull).map(Entry::model)
                .collect(Collectors.toCollection(LinkedHashSet::new)));
        if (active.get()) {
            updateSeries();
        }
    }

    /** The selected models, else the table's first rows, through the loaded history. */
    private void updateSeries() {
        List<String> models = new ArrayList<>(selectedModels.get());
        boolean fromSelection = !models.isEmpty();
        if (!fromSelection) {
            List<Entry> rows = vm.rows();
            for (int i = 0; i < Math.min(DEFAULT_SERIES, rows.size()); i++) {
                if (!models.contains(rows.get(i).model())) {
                    models.add(rows.get(i).model());
                }
            }
        }
        if (models.size() > MAX_SERIES) {
            models = models.subList(0, MAX_SERIES);
        }
        seriesFromSelection.set(fromSelection);
        series.set(history.get().series(models));
    }

    private void boardChanged() {
        historyStale = true;
        if (active.get()) {
            loadHistory(false);
        }
    }

    /** The history from the cache (and the bundled snapshot) from now on, instead of a folder. */
    public void useCachedHistory() {
        historyFolder.set(null);
        loadHistory(false);
    }

    /** The history from the dated CSV files of a folder from now on; files that cannot be used are named in a notice. */
    public void useHistoryFolder(Path folder) {
        historyFolder.set(Objects.requireNonNull(folder));
        loadHistory(true);
    }

    /** Reads the history again, e.g. after a fetch added a snapshot. */
    private void loadHistory(boolean announceSkipped) {
        historyStale = false;
        int load = ++historyLoad;
        historyLoading.set(true);
        Path folder = historyFolder.get();
        Arena arena = vm.arenaProperty().get();
        Category category = vm.categoryProperty().get();
        BoardSource data = vm.boards();
        Leaderboard current = vm.getBoard();
        vm.inBackground(() -> read(folder, arena, category, data, current), result -> {
            if (load != historyLoad) {
                return; // a later load is under way
            }
            historyLoading.set(false);
            historyAtHand.set(result.atHand());
            if (result.failure() != null) {
                vm.announce(Notice.warning("notice.historyFailed", String.valueOf(folder), result.failure()));
                return;
            }
            history.set(result.history());
            skipped.set(result.skipped());
            updateSeries();
            if (announceSkipped && !result.skipped().isEmpty()) {
                vm.announce(Notice.warning("notice.historySkipped", result.skipped().size(),
                        result.skipped().stream().map(HistoryLoader.Skipped::file).collect(Collectors.joining(", "))));
            }
        });
    }

    /**
     * Downloads the arena's history after asking (LMArena's dataset, the first time), then
     * shows it.
     */
    public void downloadHistory() {
        vm.withHistory(() -> loadHistory(false));
    }

    private record Read(History history, List<HistoryLoader.Skipped> skipped, String failure, boolean atHand) {
    }

    /**
     * On the background thread: the history at hand of the category, and for the source's also
     * the data shown when it is dated and not among them. A history not yet downloaded is just
     * the data shown, until the user asks for it.
     */
    private static Read read(Path folder, Arena arena, Category category, BoardSource data, Leaderboard current) {
        try {
            boolean atHand = folder != null || data.historyAtHand(arena);
            HistoryLoader.Loaded loaded = folder != null ? HistoryLoader.fromFolder(folder, Optional.of(arena))
                    : atHand ? data.history(arena, category) : new HistoryLoader.Loaded(List.of(), List.of());
            List<Leaderboard> boards = new ArrayList<>(loaded.boards());
            if (folder == null && current != null && current.date().isPresent()
                    && current.arena().orElse(Arena.TEXT) == arena && current.category().equals(category)
                    && boards.stream().noneMatch(b -> b.date().equals(current.date()))) {
                boards.add(current);
            }
            return new Read(History.of(boards), loaded.skipped(), null, atHand);
        } catch (IOException e) {
            return new Read(null, List.of(), IoMessages.reason(e), true);
        } catch (FetchException e) {
            return new Read(null, List.of(), e.getMessage(), true);
        } catch (RuntimeException e) {
            return new Read(null, List.of(), String.valueOf(e), true);
        }
    }

    // ---- properties ---------------------------------------------------------------------

    /** How many of the table's first rows the interval chart shows. */
    public IntegerProperty topProperty() {
        return top;
    }

    /** True while the charts are on screen; updates wait while it is false. */
    public BooleanProperty activeProperty() {
        return active;
    }

    /** The intervals of the table's first {@link #topProperty() top} rows, in its order. */
    public ReadOnlyObjectProperty<List<Interval>> intervalsProperty() {
        return intervals.getReadOnlyProperty();
    }

    /** The visible rows the score-versus-votes chart shows (at most {@link #MAX_POINTS}). */
    public ReadOnlyObjectProperty<List<Entry>> pointsProperty() {
        return points.getReadOnlyProperty();
    }

    /** How many rows the table shows. */
    public ReadOnlyIntegerProperty visibleProperty() {
        return visible.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<VendorStat>> vendorsProperty() {
        return vendors.getReadOnlyProperty();
    }

    /** The models selected in the table, in the order they were selected. */
    public ReadOnlyObjectProperty<Set<String>> selectedModelsProperty() {
        return selectedModels.getReadOnlyProperty();
    }

    /** The folder the history comes from, or null for the cache. */
    public ReadOnlyObjectProperty<Path> historyFolderProperty() {
        return historyFolder.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<History> historyProperty() {
        return history.getReadOnlyProperty();
    }

    /** False while the arena's history is not downloaded (only the data shown is in the chart). */
    public ReadOnlyBooleanProperty historyAtHandProperty() {
        return historyAtHand.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty historyLoadingProperty() {
        return historyLoading.getReadOnlyProperty();
    }

    /** The files the last history load left out, and why. */
    public ReadOnlyObjectProperty<List<HistoryLoader.Skipped>> skippedProperty() {
        return skipped.getReadOnlyProperty();
    }

    /** The history of the selected models (or of the table's first rows). */
    public ReadOnlyObjectProperty<List<Series>> seriesProperty() {
        return series.getReadOnlyProperty();
    }

    /** Whether {@link #seriesProperty()} follows the selection (else the table's first rows). */
    public ReadOnlyBooleanProperty seriesFromSelectionProperty() {
        return seriesFromSelection.getReadOnlyProperty();
    }
}
