package dev.arenaview.ui.status;

import dev.arenaview.model.Freshness;
import dev.arenaview.model.Leaderboard;
import dev.arenaview.ui.shared.Download;
import dev.arenaview.ui.shared.Network;
import dev.arenaview.ui.shared.Notice;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/** What the status bar shows, and the one thing it can do (stop a file's load). */
public interface StatusModel {

    ReadOnlyIntegerProperty shownCountProperty();

    ReadOnlyIntegerProperty totalCountProperty();

    ReadOnlyObjectProperty<Leaderboard> boardProperty();

    /** The shown data's age (null when undated). */
    ReadOnlyObjectProperty<Freshness> freshnessProperty();

    ReadOnlyObjectProperty<Network> networkProperty();

    /** When upstream was last reached (null: never in this session or the cache). */
    ReadOnlyObjectProperty<Instant> lastCheckProperty();

    /** Why the last check failed ("" when it did not). */
    ReadOnlyStringProperty networkProblemProperty();

    /** Rows of the shown file that could not be read. */
    ReadOnlyLongProperty unreadableRowsProperty();

    /** The message of the last action (null: none, or the view has changed since). */
    ReadOnlyObjectProperty<Notice> noticeProperty();

    ReadOnlyBooleanProperty busyProperty();

    ReadOnlyBooleanProperty refreshingProperty();

    /** How far the file being opened is read (negative: not known). */
    ReadOnlyDoubleProperty loadProgressProperty();

    /** The file being opened (null: none). */
    ReadOnlyObjectProperty<Path> loadingFileProperty();

    /** Stops reading the file being opened; the data shown before stays. */
    void cancelLoad();

    /** The download under way (a fetch, or an arena's history), or null. */
    ReadOnlyObjectProperty<Download> downloadProperty();

    /** Stops the fetch or download under way; the data shown stays. */
    void cancelRefresh();

    Clock clock();
}
