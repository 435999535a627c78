package dev.arenaview.ui;

import dev.arenaview.csv.LeaderboardFormatException;
import dev.arenaview.csv.LeaderboardReader;
import dev.arenaview.io.AtomicFiles;
import dev.arenaview.io.IoMessages;
import dev.arenaview.model.Entry;
import dev.arenaview.model.Filter;
import dev.arenaview.model.Leaderboard;
import dev.arenaview.model.Links;
import dev.arenaview.model.SortOrder;
import dev.arenaview.report.MarkdownReport;
import dev.arenaview.report.ReportLanguage;
import dev.arenaview.report.ReportTime;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.Observable;
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
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

/**
 * The state and actions of the main window, without any control: the loaded leaderboard,
 * the filter inputs, the rows they keep in the table's order, and what the user can do
 * with them. The view only binds to it and forwards to it, so all of this is tested
 * without a robot.
 *
 * <p>All state changes happen on the thread of {@code fx}; reading files and writing
 * reports run on {@code background}. Tests pass {@code Runnable::run} for both.
 */
public final class MainViewModel {

    /** How many files File › Open Recent keeps. */
    public static final int MAX_RECENT_FILES = 10;

    private final Executor background;
    private final Executor fx;
    private final LinkOpener linkOpener;
    private final Clock clock;

    private final ReadOnlyObjectWrapper<Leaderboard> board = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Entry> entries = FXCollections.observableArrayList();
    private final FilteredList<Entry> filtered = new FilteredList<>(entries);
    private final SortedList<Entry> rows = new SortedList<>(filtered);
    private final ObjectProperty<SortOrder> sortOrder = new SimpleObjectProperty<>(SortOrder.DEFAULT);

    private final ObservableSet<String> selectedVendors = FXCollections.observableSet(new LinkedHashSet<>());
    private final ObservableSet<String> selectedLicenses = FXCollections.observableSet(new LinkedHashSet<>());
    private final StringProperty search = new SimpleStringProperty("");
    private final BooleanProperty openLicensesOnly = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<Filter> filter = new ReadOnlyObjectWrapper<>(Filter.NONE);

    private final ObservableList<FacetValue> vendorChoices = FXCollections.observableArrayList();
    private final ObservableList<FacetValue> licenseChoices = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper shownCount = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper totalCount = new ReadOnlyIntegerWrapper();
    private final ReadOnlyLongWrapper unreadableRows = new ReadOnlyLongWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Path> loadingFile = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Path> recentFiles = FXCollections.observableArrayList();

    private Consumer<LoadFailure> onLoadFailed = failure -> { };
    private Consumer<WriteFailure> onWriteFailed = failure -> { };

    /** A report that could not be written, and why. */
    public record WriteFailure(Path target, String reason) {
    }

    public MainViewModel(Executor background, Executor fx, LinkOpener linkOpener, Clock clock) {
        this.background = Objects.requireNonNull(background);
        this.fx = Objects.requireNonNull(fx);
        this.linkOpener = Objects.requireNonNull(linkOpener);
        this.clock = Objects.requireNonNull(clock);

        Observable[] inputs = {selectedVendors, selectedLicenses, search, openLicensesOnly};
        for (Observable input : inputs) {
            input.addListener(o -> filter.set(new Filter(Set.copyOf(selectedVendors), Set.copyOf(selectedLicenses),
                    Objects.requireNonNullElse(search.get(), ""), openLicensesOnly.get())));
        }
        filtered.predicateProperty().bind(Bindings.createObjectBinding(filter::get, filter));
        rows.comparatorProperty().bind(Bindings.createObjectBinding(() -> sortOrder.get().comparator(), sortOrder));
        shownCount.bind(Bindings.size(rows));
        totalCount.bind(Bindings.size(entries));
    }

    // ---- data ---------------------------------------------------------------------------

    /** Shows a leaderboard; filter values it does not have are dropped, the others kept. */
    public void show(Leaderboard leaderboard) {
        show(leaderboard, 0);
    }

    private void show(Leaderboard leaderboard, long unreadable) {
        vendorChoices.setAll(facets(leaderboard.entries(), Entry::organization));
        licenseChoices.setAll(facets(leaderboard.entries(), Entry::license));
        selectedVendors.retainAll(values(vendorChoices));
        selectedLicenses.retainAll(values(licenseChoices));
        board.set(leaderboard);
        unreadableRows.set(unreadable);
        entries.setAll(leaderboard.entries());
    }

    /**
     * Reads a CSV in the background and shows it. On failure the table keeps what it shows
     * and {@link #setOnLoadFailed the failure handler} hears why.
     */
    public void openFile(Path requested) {
        // Absolute, so that the status bar and messages say exactly which file it was.
        Path file = requested.toAbsolutePath().normalize();
        busy.set(true);
        loadingFile.set(file);
        LeaderboardReader reader = new LeaderboardReader();
        background.execute(() -> {
            Leaderboard read = null;
            LoadFailure failure = null;
            try {
                read = reader.read(file);
            } catch (LeaderboardFormatException e) {
                failure = new LoadFailure(file, e.getMessage(), e.readableRows(),
                        e.readableRows().isPresent() ? e.totalProblems() : 0);
            } catch (IOException | RuntimeException e) {
                String reason = e instanceof IOException ? IoMessages.reason((IOException) e) : String.valueOf(e);
                failure = new LoadFailure(file, file + ": " + reason, Optional.empty(), 0);
            }
            Leaderboard loaded = read;
            LoadFailure failed = failure;
            fx.execute(() -> {
                busy.set(false);
                loadingFile.set(null);
                if (loaded != null) {
                    show(loaded);
                    remember(file);
                } else {
                    onLoadFailed.accept(failed);
                }
            });
        });
    }

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

    /** Sets every filter input at once, for restoring a saved state. */
    public void applyFilter(Filter f) {
        selectedVendors.clear();
        f.vendors().stream().filter(values(vendorChoices)::contains).forEach(selectedVendors::add);
        selectedLicenses.clear();
        f.licenses().stream().filter(values(licenseChoices)::contains).forEach(selectedLicenses::add);
        search.set(f.search());
        openLicensesOnly.set(f.openLicensesOnly());
    }

    public void clearFilters() {
        applyFilter(Filter.NONE);
    }

    private static List<FacetValue> facets(List<Entry> entries, Function<Entry, String> value) {
        Map<String, Integer> counts = new TreeMap<>(String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder()));
        for (Entry e : entries) {
            counts.merge(value.apply(e), 1, Integer::sum);
        }
        List<FacetValue> result = new ArrayList<>(counts.size());
        counts.forEach((v, n) -> result.add(new FacetValue(v, n)));
        return result;
    }

    private static Set<String> values(Collection<FacetValue> facets) {
        Set<String> result = new LinkedHashSet<>();
        facets.forEach(f -> result.add(f.value()));
        return result;
    }

    // ---- report -------------------------------------------------------------------------

    /** The report of the current view (the table as shown) or of every model. */
    public String report(ReportLanguage language, ExportScope scope) {
        Leaderboard b = board.get();
        MarkdownReport report = new MarkdownReport(language);
        if (scope == ExportScope.ALL_MODELS) {
            return report.render(b, SortOrder.DEFAULT.sort(b.entries()), Filter.NONE, SortOrder.DEFAULT, reportTime());
        }
        return report.render(b, List.copyOf(rows), filter.get(), sortOrder.get(), reportTime());
    }

    /** How many rows a report of the scope holds. */
    public int reportSize(ExportScope scope) {
        return scope == ExportScope.ALL_MODELS ? entries.size() : rows.size();
    }

    /**
     * Writes the report in the background, replacing the target atomically; says so in a
     * notice, or tells {@link #setOnWriteFailed the failure handler} why not.
     */
    public void exportReport(ExportChoice choice) {
        String text = report(choice.language(), choice.scope());
        String count = Integer.toString(reportSize(choice.scope()));
        busy.set(true);
        background.execute(() -> {
            String error = null;
            try {
                AtomicFiles.writeString(choice.target(), text);
            } catch (IOException e) {
                error = IoMessages.reason(e);
            }
            String failure = error;
            fx.execute(() -> {
                busy.set(false);
                if (failure == null) {
                    notice.set(Notice.info("notice.exported", count, choice.target().toString()));
                } else {
                    onWriteFailed.accept(new WriteFailure(choice.target(), failure));
                }
            });
        });
    }

    /** {@code arena-leaderboard-YYYY-MM-DD.md}, with the data's date (else today's). */
    public String defaultExportFileName() {
        return "arena-leaderboard-" + reportTime().utcDate() + ".md";
    }

    private ReportTime reportTime() {
        Optional<LocalDate> date = board.get() == null ? Optional.empty() : board.get().date();
        return date.map(ReportTime::onDate).orElseGet(() -> ReportTime.at(clock.instant()));
    }

    /** One row as a Markdown table (header, alignment, the row), for the clipboard. */
    public String rowMarkdown(Entry entry, ReportLanguage language) {
        return new MarkdownReport(language).table(board.get().schema(), List.of(entry));
    }

    /** Says in the status bar that something was copied. */
    public void copied(String noticeKey, String... args) {
        notice.set(Notice.info(noticeKey, args));
    }

    // ---- links --------------------------------------------------------------------------

    /** Opens the model's page when it is a web address; otherwise says why not. */
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

    public ReadOnlyObjectProperty<Leaderboard> boardProperty() {
        return board.getReadOnlyProperty();
    }

    public Leaderboard getBoard() {
        return board.get();
    }

    /** The rows the table shows: filtered, in {@link #sortOrderProperty() the sort order}. */
    public ObservableList<Entry> rows() {
        return rows;
    }

    /** The table's sort order, set by the view from its columns. */
    public ObjectProperty<SortOrder> sortOrderProperty() {
        return sortOrder;
    }

    public ObservableSet<String> selectedVendors() {
        return selectedVendors;
    }

    public ObservableSet<String> selectedLicenses() {
        return selectedLicenses;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public BooleanProperty openLicensesOnlyProperty() {
        return openLicensesOnly;
    }

    public ReadOnlyObjectProperty<Filter> filterProperty() {
        return filter.getReadOnlyProperty();
    }

    public ObservableList<FacetValue> vendorChoices() {
        return vendorChoices;
    }

    public ObservableList<FacetValue> licenseChoices() {
        return licenseChoices;
    }

    public ReadOnlyIntegerProperty shownCountProperty() {
        return shownCount.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty totalCountProperty() {
        return totalCount.getReadOnlyProperty();
    }

    /** Rows of the shown file that could not be read (the data is incomplete when above 0). */
    public ReadOnlyLongProperty unreadableRowsProperty() {
        return unreadableRows.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> loadingFileProperty() {
        return loadingFile.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ObservableList<Path> recentFiles() {
        return recentFiles;
    }
}
