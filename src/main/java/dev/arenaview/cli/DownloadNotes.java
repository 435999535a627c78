package dev.arenaview.cli;

import dev.arenaview.source.lmarena.LmarenaData;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Says on standard error when a large file starts to download (the history of a board is tens
 * of megabytes), so that a command that waits for it does not seem to hang.
 */
final class DownloadNotes implements LmarenaData.Progress {

    /** Smaller files come in well under a second and are not worth a line. */
    static final long NOTE_FROM_BYTES = 4L << 20;

    private final Stderr err;
    private final Set<String> noted = new HashSet<>();

    DownloadNotes(Stderr err) {
        this.err = err;
    }

    @Override
    public void bytes(String file, long done, long total) {
        if (total >= NOTE_FROM_BYTES && noted.add(file)) {
            err.note(String.format(Locale.ROOT, "downloading %s (%.1f MB) into the cache", file, total / 1e6));
        }
    }
}
