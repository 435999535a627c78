package dev.arenaview.ui.shared;

import dev.arenaview.model.Leaderboard;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A file that could not be opened: which, why (file, line and problem for each), and the
 * rows that could be read when the file is a leaderboard with some bad rows.
 *
 * @param file       the file
 * @param message    what is wrong, one {@code FILE:LINE: problem} per line
 * @param readable   the readable rows, when there are any
 * @param unreadable how many rows could not be read (0 when the file is not a leaderboard)
 */
public record LoadFailure(Path file, String message, Optional<Leaderboard> readable, long unreadable) {
}
