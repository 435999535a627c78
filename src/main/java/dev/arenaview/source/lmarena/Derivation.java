package dev.arenaview.source.lmarena;

import dev.arenaview.model.Arena;
import dev.arenaview.model.Category;
import dev.arenaview.model.ConfidenceInterval;
import dev.arenaview.model.DataSource;
import dev.arenaview.model.Entry;
import dev.arenaview.model.KnowledgeCutoff;
import dev.arenaview.model.Leaderboard;
import dev.arenaview.model.Origin;
import dev.arenaview.model.Schema;
import dev.arenaview.model.Taxonomy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Turns a board's rows of one category and date into the {@link Leaderboard} the CSVs give, so
 * that filters, sorting, charts, links and the report work on it unchanged. What the dataset does
 * not publish is worked out as LMArena does:
 * <ul>
 *   <li>the rank (UB): 1 + the models of the same board, category and date whose lower bound is
 *       above this model's upper bound (a bound that is not published counts as the rating);</li>
 *   <li>the score: the rating rounded; the interval {@code +U/-L}: U = round(upper - rating),
 *       L = round(rating - lower);</li>
 *   <li>the StyleCtrl rank: the rank (UB) of the same model, category and date in the board's
 *       style-control twin; boards without one have no StyleCtrl column;</li>
 *   <li>the vendor: the name people know for the dataset's slug ({@code openai}: OpenAI), from
 *       the vendor file; a slug without a line is shown as published.</li>
 * </ul>
 * Rows are ordered by rank, then rating. A model the board lists twice keeps both rows, as
 * published; for its StyleCtrl rank the row with the better rating counts.
 */
final class Derivation {

    /**
     * Which way of deriving made a cached board: when this changes, the boards the cache holds
     * are derived again from the Parquet files it also holds.
     */
    static final int VERSION = 1;

    private Derivation() {
    }

    /** One board of one category and date. {@code styleRows} are the twin's rows of the same category and date. */
    static Leaderboard board(Arena arena, Category category, LocalDate date, List<RatingRow> rows,
                             List<RatingRow> styleRows, LinkIndex links, DataSource source) {
        int[] ranks = upperBoundRanks(rows);
        Map<String, Integer> styleRanks = styleRanks(styleRows);
        Taxonomy taxonomy = Taxonomy.standard();
        Integer[] order = new Integer[rows.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.<Integer>comparingInt(i -> ranks[i])
                .thenComparing(i -> -rows.get(i).rating())
                .thenComparing(i -> rows.get(i).model()));
        List<Entry> entries = new ArrayList<>(rows.size());
        boolean anyStyle = false;
        for (int i : order) {
            RatingRow r = rows.get(i);
            int style = styleRanks.getOrDefault(r.model(), Entry.NO_RANK);
            anyStyle |= style != Entry.NO_RANK;
            entries.add(new Entry(ranks[i], style, r.model(), (int) Math.round(r.rating()), interval(r), r.votes(),
                    taxonomy.mappedVendor(r.organization()).orElse(r.organization()), r.license(),
                    KnowledgeCutoff.EMPTY, links.url(r.model())));
        }
        return new Leaderboard(entries, anyStyle ? Schema.B : Schema.A, Optional.of(arena), Optional.of(date), source,
                category, Origin.LMARENA);
    }

    /**
     * The boards of a {@code latest} split: each category's newest snapshot (the split holds one
     * per category, whose dates may differ), in category order.
     */
    static List<Leaderboard> latest(Arena arena, List<RatingRow> rows, List<RatingRow> styleRows, LinkIndex links,
                                    DataSource source) {
        Map<Category, LocalDate> newest = new TreeMap<>();
        for (RatingRow r : rows) {
            newest.merge(r.category(), r.date(), (a, b) -> a.isAfter(b) ? a : b);
        }
        Map<Category, List<RatingRow>> byCategory = new TreeMap<>();
        for (RatingRow r : rows) {
            if (r.date().equals(newest.get(r.category()))) {
                byCategory.computeIfAbsent(r.category(), c -> new ArrayList<>()).add(r);
            }
        }
        Map<Key, List<RatingRow>> style = bySnapshot(styleRows);
        List<Leaderboard> out = new ArrayList<>(byCategory.size());
        byCategory.forEach((category, list) -> {
            LocalDate date = newest.get(category);
            out.add(board(arena, category, date, list, style.getOrDefault(new Key(category, date), List.of()), links,
                    source));
        });
        return out;
    }

    /** Every snapshot of one category (a history), oldest first, without StyleCtrl ranks. */
    static List<Leaderboard> history(Arena arena, List<RatingRow> rows, DataSource source) {
        Map<LocalDate, List<RatingRow>> byDate = new TreeMap<>();
        for (RatingRow r : rows) {
            byDate.computeIfAbsent(r.date(), d -> new ArrayList<>()).add(r);
        }
        List<Leaderboard> out = new ArrayList<>(byDate.size());
        byDate.forEach((date, list) -> out.add(board(arena, list.get(0).category(), date, list, List.of(),
                LinkIndex.NONE, source)));
        return out;
    }

    private record Key(Category category, LocalDate date) {
    }

    private static Map<Key, List<RatingRow>> bySnapshot(List<RatingRow> rows) {
        Map<Key, List<RatingRow>> out = new HashMap<>();
        for (RatingRow r : rows) {
            out.computeIfAbsent(new Key(r.category(), r.date()), k -> new ArrayList<>()).add(r);
        }
        return out;
    }

    /** Each row's rank (UB), by counting the lower bounds above its upper bound in sorted order. */
    static int[] upperBoundRanks(List<RatingRow> rows) {
        double[] lowers = new double[rows.size()];
        for (int i = 0; i < lowers.length; i++) {
            lowers[i] = rows.get(i).lowerOrRating();
        }
        Arrays.sort(lowers);
        int[] ranks = new int[rows.size()];
        for (int i = 0; i < ranks.length; i++) {
            ranks[i] = 1 + (lowers.length - firstAbove(lowers, rows.get(i).upperOrRating()));
        }
        return ranks;
    }

    /** The index of the first value above {@code x} in sorted {@code values}. */
    private static int firstAbove(double[] values, double x) {
        int lo = 0;
        int hi = values.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (values[mid] <= x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The style-control board's rank (UB) of each model; of a model listed twice, its better-rated row's. */
    private static Map<String, Integer> styleRanks(List<RatingRow> styleRows) {
        int[] ranks = upperBoundRanks(styleRows);
        Map<String, Integer> out = new LinkedHashMap<>();
        Map<String, Double> best = new HashMap<>();
        for (int i = 0; i < ranks.length; i++) {
            RatingRow r = styleRows.get(i);
            Double before = best.get(r.model());
            if (before == null || r.rating() > before) {
                best.put(r.model(), r.rating());
                out.put(r.model(), ranks[i]);
            }
        }
        return out;
    }

    private static ConfidenceInterval interval(RatingRow r) {
        if (!r.hasBounds()) {
            return ConfidenceInterval.UNKNOWN;
        }
        return new ConfidenceInterval((int) Math.max(0, Math.round(r.upper() - r.rating())),
                (int) Math.max(0, Math.round(r.rating() - r.lower())));
    }
}
