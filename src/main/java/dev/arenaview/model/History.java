package dev.arenaview.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Models' scores, intervals and ranks across dated snapshots of a leaderboard, for the
 * history charts.
 *
 * <p>Models are matched by their exact name, as in {@link Changes}; a name that occurs twice
 * in one snapshot counts by its first row. The rank is the model's place by score in its
 * snapshot: one plus the number of models with a higher score, so ties share a place. That is
 * not the published {@code rank} column, on purpose: upstream's rank was an upper bound until
 * July 2025 and a row position after, and a line across both would jump where the meaning
 * changed rather than where the model moved.
 *
 * <p>Instances are immutable; the lookups are built once, so asking for the series of other
 * models costs only the lookups.
 */
public final class History {

    /**
     * One model in one snapshot.
     *
     * @param date   the snapshot's date
     * @param score  the arena score
     * @param ci     the 95% interval (may be {@link ConfidenceInterval#UNKNOWN})
     * @param rank   the place by score in that snapshot, from 1
     * @param models how many models the snapshot has
     */
    public record Point(LocalDate date, int score, ConfidenceInterval ci, int rank, int models) {

        /** The lower end of the interval; the score when it is unknown. */
        public int low() {
            return ci.isKnown() ? score - ci.minus() : score;
        }

        /** The upper end of the interval; the score when it is unknown. */
        public int high() {
            return ci.isKnown() ? score + ci.plus() : score;
        }
    }

    /** A model's points, oldest first; the snapshots it is missing from have none. */
    public record Series(String model, List<Point> points) {

        public Series {
            Objects.requireNonNull(model, "model");
            points = List.copyOf(points);
        }
    }

    private static final History EMPTY = new History(List.of(), List.of());

    private final List<LocalDate> dates;
    /** Per snapshot, oldest first: each model's point. */
    private final List<Map<String, Point>> byModel;

    private History(List<LocalDate> dates, List<Map<String, Point>> byModel) {
        this.dates = dates;
        this.byModel = byModel;
    }

    public static History empty() {
        return EMPTY;
    }

    /**
     * The history of dated leaderboards, in any order. When two share a date the one given
     * later counts.
     *
     * @throws IllegalArgumentException when a leaderboard has no date
     */
    public static History of(Collection<Leaderboard> boards) {
        TreeMap<LocalDate, Leaderboard> byDate = new TreeMap<>();
        for (Leaderboard b : boards) {
            LocalDate date = b.date().orElseThrow(() -> new IllegalArgumentException(
                    "a history needs dated leaderboards; " + b.source().location() + " has no date"));
            byDate.put(date, b);
        }
        List<LocalDate> dates = new ArrayList<>(byDate.size());
        List<Map<String, Point>> lookups = new ArrayList<>(byDate.size());
        byDate.forEach((date, board) -> {
            dates.add(date);
            lookups.add(points(date, board));
        });
        return new History(Collections.unmodifiableList(dates), Collections.unmodifiableList(lookups));
    }

    private static Map<String, Point> points(LocalDate date, Leaderboard board) {
        List<Entry> entries = board.entries();
        int[] scores = new int[entries.size()];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = entries.get(i).score();
        }
        Arrays.sort(scores);
        Map<String, Point> out = new HashMap<>(entries.size() * 2);
        for (Entry e : entries) {
            if (!out.containsKey(e.model())) {
                out.put(e.model(), new Point(date, e.score(), e.ci(), 1 + higherThan(scores, e.score()), entries.size()));
            }
        }
        return out;
    }

    /** How many of the sorted scores are above the score. */
    private static int higherThan(int[] sortedScores, int score) {
        int lo = 0;
        int hi = sortedScores.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sortedScores[mid] <= score) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return sortedScores.length - lo;
    }

    /** The snapshots' dates, oldest first. */
    public List<LocalDate> dates() {
        return dates;
    }

    public boolean isEmpty() {
        return dates.isEmpty();
    }

    /** The model's points in every snapshot that has it, oldest first. */
    public Series series(String model) {
        List<Point> points = new ArrayList<>();
        for (Map<String, Point> snapshot : byModel) {
            Point p = snapshot.get(model);
            if (p != null) {
                points.add(p);
            }
        }
        return new Series(model, points);
    }

    /** The series of each model, in the order given. */
    public List<Series> series(Collection<String> models) {
        List<Series> out = new ArrayList<>(models.size());
        for (String model : models) {
            out.add(series(model));
        }
        return out;
    }
}
