package dev.arenaview.source.lmarena;

import dev.arenaview.model.Category;
import java.time.LocalDate;

/**
 * One row of a rating board of LMArena's dataset, as read and checked: a model's rating in one
 * category on one publish date.
 *
 * @param model        {@code model_name}
 * @param organization {@code organization}, empty when the dataset leaves it empty
 * @param license      {@code license}, as published
 * @param category     {@code category}
 * @param date         {@code leaderboard_publish_date}
 * @param rating       {@code rating}, a finite number
 * @param lower        {@code rating_lower}, or NaN when the dataset has none (old snapshots)
 * @param upper        {@code rating_upper}, or NaN when the dataset has none
 * @param votes        {@code vote_count}, 0 when the dataset has none
 */
record RatingRow(String model, String organization, String license, Category category, LocalDate date,
                 double rating, double lower, double upper, int votes) {

    boolean hasBounds() {
        return !Double.isNaN(lower) && !Double.isNaN(upper);
    }

    /** The lower bound, or the rating itself where none is published: an interval of one point. */
    double lowerOrRating() {
        return Double.isNaN(lower) ? rating : lower;
    }

    double upperOrRating() {
        return Double.isNaN(upper) ? rating : upper;
    }
}
