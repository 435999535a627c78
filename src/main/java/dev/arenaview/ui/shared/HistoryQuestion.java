package dev.arenaview.ui.shared;

import dev.arenaview.model.Arena;

/**
 * The question before an arena's history is downloaded the first time.
 *
 * @param arena the board whose history it is
 * @param bytes how much would be downloaded
 */
public record HistoryQuestion(Arena arena, long bytes) {
}
