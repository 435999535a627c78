package dev.arenaview.source;

import dev.arenaview.csv.LeaderboardFormatException;
import dev.arenaview.csv.LeaderboardReader;
import dev.arenaview.model.DataSource;
import dev.arenaview.model.Leaderboard;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The leaderboard shipped inside the application, so that it works offline on first launch:
 * the text arena of 2025-06-27, transcribed from the reference report.
 */
public final class BundledData {

    /** The resource's file name; its date and arena are read from it like any file's. */
    public static final String FILE_NAME = "lmsys_2025.06.27.csv";

    /** Read once: the data never changes, and start-up and comparisons both ask for it. */
    private static volatile Leaderboard cached;

    private BundledData() {
    }

    public static Leaderboard load() {
        Leaderboard board = cached;
        if (board == null) {
            board = read();
            cached = board;
        }
        return board;
    }

    private static Leaderboard read() {
        try (InputStream in = BundledData.class.getResourceAsStream(FILE_NAME)) {
            if (in == null) {
                throw new IllegalStateException("the bundled leaderboard " + FILE_NAME + " is missing from the build");
            }
            return new LeaderboardReader().read(in, FILE_NAME, DataSource.bundled(FILE_NAME));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled leaderboard " + FILE_NAME, e);
        } catch (LeaderboardFormatException e) {
            throw new IllegalStateException("the bundled leaderboard is broken: " + e.getMessage(), e);
        }
    }
}
