package dev.arenaview.ui.data;

import dev.arenaview.model.Arena;
import dev.arenaview.model.Changes;
import dev.arenaview.model.Leaderboard;
import dev.arenaview.source.BoardSource;
import dev.arenaview.source.CancelToken;
import dev.arenaview.source.FetchException;
import dev.arenaview.ui.shared.Jobs;
import dev.arenaview.ui.shared.Notice;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The comparison of the shown board with an earlier one: by default the board published before
 * it, when at hand; or the board of a day the user picks, fetched first (with LMArena's dataset
 * from its history, downloaded after asking). Its state changes on the window's thread; the
 * boards are read and compared on the background thread.
 */
public final class Comparisons {

    /** What a comparison needs of the window. */
    public interface Window {

        /** The board shown (null before the first). */
        Leaderboard shownBoard();

        /** The arena shown. */
        Arena arena();

        /** The data service in use. */
        BoardSource source();

        /** Runs {@code then} once the arena's history is at hand, else {@code otherwise}. */
        void withHistory(Runnable then, Runnable otherwise);

        /** Says that something is under way (the status bar's bar runs), or no longer. */
        void busy(boolean working);

        /** Says something in the status bar. */
        void announce(Notice notice);
    }

    private final Window window;
    private final Jobs jobs;
    private final ReadOnlyObjectWrapper<Changes> changes = new ReadOnlyObjectWrapper<>(Changes.none());
    private final ReadOnlyObjectWrapper<LocalDate> comparedWith = new ReadOnlyObjectWrapper<>();
    private final ObservableList<LocalDate> dates = FXCollections.observableArrayList();
    private final SimpleIntegerProperty refused = new SimpleIntegerProperty();
    private boolean deferred;
    private Leaderboard pending;

    public Comparisons(Window window, Jobs jobs) {
        this.window = Objects.requireNonNull(window);
        this.jobs = Objects.requireNonNull(jobs);
    }

    /** A comparison worked out on the background thread. */
    private record Result(LocalDate date, Changes changes, List<LocalDate> dates) {
    }

    /** A board is shown: compares it with the one published before it (held back while deferred). */
    public void boardShown(Leaderboard current) {
        if (deferred) {
            pending = current;
            return;
        }
        BoardSource from = window.source();
        Arena which = current.arena().orElse(window.arena());
        jobs.run(() -> {
            List<LocalDate> published = published(from, which, current);
            return from.previous(current)
                    .filter(previous -> !previous.entries().equals(current.entries()))
                    .map(previous -> new Result(previous.date().orElse(null), Changes.between(previous, current), published))
                    .orElseGet(() -> new Result(null, Changes.none(), published));
        }, result -> show(current, result));
    }

    /**
     * Holds back the comparison with the previous board until {@link #resume()}: with a history
     * at hand it reads Parquet through DuckDB, whose native library would compete with the
     * window's first frame.
     */
    public void defer() {
        deferred = true;
    }

    /** Works out the comparison held back by {@link #defer()}, and every later one at once. */
    public void resume() {
        deferred = false;
        Leaderboard held = pending;
        pending = null;
        if (held != null && held == window.shownBoard()) {
            boardShown(held);
        }
    }

    /**
     * Compares the shown board with the board of a day (null: no comparison). A day not at hand
     * is fetched in the background first.
     */
    public void compareWith(LocalDate date) {
        Leaderboard current = window.shownBoard();
        if (date == null || current == null) {
            show(current, new Result(null, Changes.none(), List.copyOf(dates)));
            return;
        }
        BoardSource from = window.source();
        Arena which = current.arena().orElse(window.arena());
        if (!from.historyAtHand(which)) {
            window.withHistory(() -> {
                if (window.shownBoard() == current) {
                    compareWith(date);
                }
            }, this::refuse);
            return;
        }
        window.busy(true);
        jobs.run(() -> {
            Leaderboard earlier = from.day(which, current.category(), date, CancelToken.none(), BoardSource.Progress.NONE);
            return new Result(earlier.date().orElse(date), Changes.between(earlier, current), published(from, which, current));
        }, result -> {
            window.busy(false);
            show(current, result);
        }, e -> {
            window.busy(false);
            if (window.shownBoard() == current) {
                String why = e instanceof FetchException ? e.getMessage() : String.valueOf(e);
                window.announce(Notice.warning("notice.compareFailed", date.toString(),
                        why.lines().findFirst().orElse("")));
                refuse();
            }
        });
    }

    /** A day asked for could not be compared with: the date picker, which shows it, goes back. */
    private void refuse() {
        refused.set(refused.get() + 1);
    }

    private void show(Leaderboard current, Result result) {
        if (window.shownBoard() != current) {
            return; // other data is shown by now
        }
        dates.setAll(result.dates());
        comparedWith.set(result.date());
        changes.set(result.changes());
    }

    /** The published dates at hand of the board's category, newest first, other than its own. */
    private static List<LocalDate> published(BoardSource from, Arena which, Leaderboard current) {
        List<LocalDate> out = new ArrayList<>(from.dates(which, current.category()));
        current.date().ifPresent(out::remove);
        return out;
    }

    /** What changed since the compared board; {@link Changes#none()} without a comparison. */
    public ReadOnlyObjectProperty<Changes> changesProperty() {
        return changes.getReadOnlyProperty();
    }

    /** The date of the board compared with, or null. */
    public ReadOnlyObjectProperty<LocalDate> comparedWithProperty() {
        return comparedWith.getReadOnlyProperty();
    }

    /** The published dates at hand, newest first, other than the shown board's. */
    public ObservableList<LocalDate> dates() {
        return dates;
    }

    /** Changes each time a day asked for could not be compared with (declined, failed or cancelled). */
    public ObservableValue<Number> refusedProperty() {
        return refused;
    }
}
