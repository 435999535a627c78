package dev.arenaview.ui.shared;

/**
 * A download under way, as the status bar shows it.
 *
 * @param part  what is downloaded ({@code text/latest-00000-of-00001.parquet})
 * @param done  the bytes so far
 * @param total its size, or -1 when not known
 */
public record Download(String part, long done, long total) {

    /** How much is done, 0 to 1, or -1 when the size is not known. */
    public double fraction() {
        return total > 0 ? Math.min(1.0, (double) done / total) : -1;
    }
}
