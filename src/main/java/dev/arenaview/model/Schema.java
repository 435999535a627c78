package dev.arenaview.model;

/**
 * The header schemas the upstream project has published, told apart because they mean
 * different things by the same column.
 */
public enum Schema {
    /** 2024 {@code lmsys.csv}: no style-control rank; {@code rank} is the UB rank. */
    A,
    /** 2025 up to July, {@code lmsys.csv}: UB rank and style-control rank; unknown cutoff is {@code Unknown}. */
    B,
    /** From 2025-08, {@code lmarena_*.csv}: {@code rank} is only the row position; cutoffs are empty. */
    C;

    public boolean hasStyleControlRank() {
        return this != A;
    }

    /** In schema C the {@code rank} column is the row's position, not an upper-bound rank. */
    public boolean rankIsUpperBound() {
        return this != C;
    }
}
