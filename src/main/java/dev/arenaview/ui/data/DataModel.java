package dev.arenaview.ui.data;

import dev.arenaview.model.Arena;
import dev.arenaview.model.Category;
import dev.arenaview.model.Origin;
import dev.arenaview.model.Changes;
import dev.arenaview.model.Entry;
import dev.arenaview.model.Freshness;
import dev.arenaview.ui.shared.Network;
import java.time.Clock;
import java.time.LocalDate;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.ObservableList;

/** What the data bar and the staleness banner show and do: the arena, its refresh, the comparison. */
public interface DataModel {

    ReadOnlyObjectProperty<Arena> arenaProperty();

    /** Switches to another arena: its newest cached data at once, else a fetch. */
    void selectArena(Arena arena);

    /** The boards the source publishes, in the picker's order. */
    ObservableList<Arena> arenas();

    ReadOnlyObjectProperty<Category> categoryProperty();

    /** The shown arena's categories at hand, overall first. */
    ObservableList<Category> categories();

    /** Switches to another category of the arena: its cached board at once, else a fetch. */
    void selectCategory(Category category);

    /** Who publishes the boards of the source in use. */
    ReadOnlyObjectProperty<Origin> originProperty();

    /** Fetches the arena's newest data in the background; the table keeps its rows meanwhile. */
    void refresh();

    void cancelRefresh();

    ReadOnlyBooleanProperty refreshingProperty();

    /** The day the shown data is compared with (null: none). */
    ReadOnlyObjectProperty<LocalDate> comparedWithProperty();

    /** Compares with the snapshot of a day (null: no comparison), fetching it when not cached. */
    void compareWith(LocalDate day);

    /** Changes each time a day asked for could not be compared with: the picker goes back to the day compared with. */
    javafx.beans.value.ObservableValue<Number> comparisonRefusedProperty();

    ReadOnlyObjectProperty<Changes> changesProperty();

    /** The days of which a snapshot is cached. */
    ObservableList<LocalDate> historyDates();

    /** Opens a model's page (a model that left the board, from the comparison's list). */
    boolean openLink(Entry entry);

    /** The shown data's age (null when undated). */
    ReadOnlyObjectProperty<Freshness> freshnessProperty();

    ReadOnlyObjectProperty<Network> networkProperty();

    /** Whether the last check found nothing newer upstream. */
    ReadOnlyBooleanProperty upToDateProperty();

    Clock clock();
}
