package dev.arenaview.ui.shared;

/** Which rows an exported report holds. */
public enum ExportScope {
    /** The rows the table shows, filtered and in the table's order. */
    CURRENT_VIEW,
    /** Every model of the leaderboard, in its own order. */
    ALL_MODELS
}
