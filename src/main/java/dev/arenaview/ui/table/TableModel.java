package dev.arenaview.ui.table;

import dev.arenaview.model.Changes;
import dev.arenaview.model.Entry;
import dev.arenaview.model.Filter;
import dev.arenaview.model.Leaderboard;
import dev.arenaview.model.SortOrder;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.ObservableList;

/** What the leaderboard table shows and does. */
public interface TableModel {

    /** The rows as shown: filtered and sorted by the view model, never by the table. */
    ObservableList<Entry> rows();

    ReadOnlyObjectProperty<Leaderboard> boardProperty();

    /** The order the rows follow, which the table's headers set. */
    ObjectProperty<SortOrder> sortOrderProperty();

    /** The filter the rows follow (a new one starts the list from its top). */
    ReadOnlyObjectProperty<Filter> filterProperty();

    /** The rank changes since the compared day (none: no change column). */
    ReadOnlyObjectProperty<Changes> changesProperty();

    /** Opens the model's page when it is a web address; otherwise says why not. */
    boolean openLink(Entry entry);
}
