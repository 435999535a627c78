package dev.arenaview.model;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What a user sees of a leaderboard: the rows its filter keeps, in its sort order.
 * The window and the command line both build their report from one of these.
 */
public record LeaderboardView(Leaderboard board, Filter filter, SortOrder order) {

    public LeaderboardView {
        Objects.requireNonNull(board, "board");
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(order, "order");
    }

    public static LeaderboardView all(Leaderboard board) {
        return new LeaderboardView(board, Filter.NONE, SortOrder.DEFAULT);
    }

    /** The rows kept by the filter, sorted. */
    public List<Entry> rows() {
        return order.sort(board.entries().stream().filter(filter).collect(Collectors.toList()));
    }
}
