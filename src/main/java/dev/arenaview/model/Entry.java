package dev.arenaview.model;

import java.util.Objects;

/**
 * One model's row of the leaderboard, with typed values for sorting.
 *
 * @param rank          the {@code rank} column: the UB rank (schemas A, B) or the row position (C)
 * @param rankStyleCtrl the style-control rank, or {@link #NO_RANK} when the data has none
 * @param model         the model's name
 * @param score         the arena score
 * @param ci            the 95% confidence interval
 * @param votes         the number of votes
 * @param organization  the vendor, as published
 * @param license       the licence, as published (may be empty)
 * @param cutoff        the knowledge cutoff
 * @param url           the model's page as published (may be empty, may be unsafe; see {@code Links})
 */
public record Entry(int rank, int rankStyleCtrl, String model, int score, ConfidenceInterval ci, int votes,
                    String organization, String license, KnowledgeCutoff cutoff, String url) {

    /** Marks a missing style-control rank; real ranks start at 1. */
    public static final int NO_RANK = 0;

    public Entry {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(ci, "ci");
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(license, "license");
        Objects.requireNonNull(cutoff, "cutoff");
        Objects.requireNonNull(url, "url");
    }

    public boolean hasRankStyleCtrl() {
        return rankStyleCtrl != NO_RANK;
    }
}
