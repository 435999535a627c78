package dev.arenaview.csv;

import dev.arenaview.model.Entry;
import dev.arenaview.model.Schema;
import java.util.List;

/**
 * Hears how a long read goes, so a window can show the first rows of a large file at once,
 * show progress and let the user stop. All calls come from the reading thread.
 */
public interface ReadListener {

    /** Hears nothing and never stops a read. */
    ReadListener NONE = new ReadListener() { };

    /** How many rows are read before they are handed over as the first rows. */
    int FIRST_ROWS = 2_000;

    /** The first {@link #FIRST_ROWS} readable rows, once, when the file has more than that. */
    default void firstRows(List<Entry> rows, Schema schemaSoFar) {
    }

    /** Bytes of the file read so far; called every few thousand rows. */
    default void progress(long bytesRead) {
    }

    /** Polled every thousand rows or so: true stops the read with an {@code InterruptedIOException}. */
    default boolean isCancelled() {
        return false;
    }
}
