package dev.arenaview.ui.shared;

import dev.arenaview.model.Arena;
import dev.arenaview.model.Entry;
import dev.arenaview.model.Leaderboard;
import dev.arenaview.model.Category;
import dev.arenaview.model.Origin;
import dev.arenaview.source.BoardSource;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.ObservableList;

/**
 * What the window's parts share and may use: the board shown, the rows as shown, the arena,
 * the grouping of vendors and licences, the status bar's message and the background thread.
 * The parts talk through this, never through each other's controls.
 */
public interface SharedView {

    /** The board shown (null before the first). */
    ReadOnlyObjectProperty<Leaderboard> boardProperty();

    default Leaderboard getBoard() {
        return boardProperty().get();
    }

    /** The rows as the table shows them: filtered and sorted. */
    ObservableList<Entry> rows();

    ReadOnlyObjectProperty<Arena> arenaProperty();

    /** Whether vendors and licences are grouped (one entry per vendor and per licence class). */
    BooleanProperty groupedProperty();

    /** The category shown. */
    ReadOnlyObjectProperty<Category> categoryProperty();

    /** Who publishes the boards of the source in use. */
    ReadOnlyObjectProperty<Origin> originProperty();

    /** The data service in use: the boards, their categories and their history. */
    BoardSource boards();

    /**
     * Runs {@code then} once the shown arena's history is at hand: at once, or after asking
     * and downloading it. Declined or failed, it does not run and the status bar says why.
     */
    void withHistory(Runnable then);

    /** Changes each time a history is downloaded, for views that show it. */
    javafx.beans.value.ObservableValue<Number> historyChangedProperty();

    /** The rows a report of the scope holds, in its order. */
    List<Entry> reportRows(ExportScope scope);

    /** How many rows a report of the scope holds. */
    int reportSize(ExportScope scope);

    /** Runs work on the background thread and hands its result to {@code done} on the window's thread. */
    <T> void inBackground(Supplier<T> work, Consumer<T> done);

    /** Says something in the status bar. */
    void announce(Notice message);
}
