package dev.arenaview.model;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * A category of a board as LMArena publishes it ({@code overall}, {@code coding},
 * {@code creative_writing}, a language...): the ratings fitted on that part of the votes only.
 * The common ones have readable names in English and Chinese ({@code categories.properties}
 * beside this class); any other is shown as published.
 *
 * @param id the category as the dataset writes it
 */
public record Category(String id) implements Comparable<Category> {

    /** All the votes of a board: the leaderboard people mean by default, and all the CSV releases had. */
    public static final Category OVERALL = new Category("overall");

    private static final String BUNDLE = "dev.arenaview.model.categories";

    public Category {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("a category needs a name");
        }
    }

    public boolean isOverall() {
        return equals(OVERALL);
    }

    /** The readable name in a language ({@code Creative writing}, {@code 创意写作}), else the id as published. */
    public String displayName(Locale locale) {
        try {
            return ResourceBundle.getBundle(BUNDLE, locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(id);
        } catch (MissingResourceException e) {
            return id;
        }
    }

    /** Whether a name as a user types it means this category: its id or a readable name, ignoring case, blanks and hyphens. */
    public boolean isCalled(String name) {
        String wanted = key(name);
        return wanted.equals(key(id)) || wanted.equals(key(displayName(Locale.ENGLISH)))
                || wanted.equals(key(displayName(Locale.SIMPLIFIED_CHINESE)));
    }

    private static String key(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", "_");
    }

    /** Overall first, then by id. */
    @Override
    public int compareTo(Category other) {
        if (isOverall() != other.isOverall()) {
            return isOverall() ? -1 : 1;
        }
        return id.compareTo(other.id);
    }

    @Override
    public String toString() {
        return id;
    }
}
