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

    /**
     * The order of a list to choose from: overall, then the known categories grouped as in
     * {@code categories.properties} (prompts, languages, occupations, vision, images), then the
     * others by id.
     */
    public static java.util.Comparator<Category> byGroup() {
        return java.util.Comparator.comparingInt((Category c) -> Order.POSITIONS.getOrDefault(c.id, Integer.MAX_VALUE))
                .thenComparing(java.util.Comparator.naturalOrder());
    }

    /** The keys of the readable names, in the order of their file; read once. */
    private static final class Order {
        static final java.util.Map<String, Integer> POSITIONS = read();

        private static java.util.Map<String, Integer> read() {
            java.util.Map<String, Integer> positions = new java.util.HashMap<>();
            try (java.io.InputStream in = Category.class.getResourceAsStream("categories.properties")) {
                if (in == null) {
                    return positions;
                }
                for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                    String t = line.strip();
                    int eq = t.indexOf('=');
                    if (!t.isEmpty() && !t.startsWith("#") && eq > 0) {
                        positions.putIfAbsent(t.substring(0, eq).strip(), positions.size());
                    }
                }
            } catch (java.io.IOException e) {
                // Without the file the list is in id order.
            }
            return positions;
        }
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
