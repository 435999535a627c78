package dev.arenaview.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the charts show of a view's rows, worked out without drawing anything: the intervals
 * of the first rows and the vendors' counts and best scores. The rows come in the table's
 * order, filtered; nothing here sorts or filters them again.
 */
public final class ChartData {

    private ChartData() {
    }

    /**
     * One model's score with its 95% interval, in score points.
     *
     * @param entry the row
     * @param low   the lower end, {@code score - minus}; the score itself when the interval is unknown
     * @param high  the upper end, {@code score + plus}; the score itself when the interval is unknown
     */
    public record Interval(Entry entry, int low, int high) {

        public int score() {
            return entry.score();
        }

        /** False when the data gives no interval: only the score can be drawn. */
        public boolean known() {
            return entry.ci().isKnown();
        }

        static Interval of(Entry e) {
            ConfidenceInterval ci = e.ci();
            return ci.isKnown() ? new Interval(e, e.score() - ci.minus(), e.score() + ci.plus())
                    : new Interval(e, e.score(), e.score());
        }
    }

    /**
     * The intervals of the first {@code n} rows, in the rows' order. Only those rows are read,
     * so a view of a million rows costs no more than one of {@code n}.
     */
    public static List<Interval> topIntervals(List<Entry> rows, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1, was " + n);
        }
        int count = Math.min(n, rows.size());
        List<Interval> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(Interval.of(rows.get(i)));
        }
        return out;
    }

    /**
     * One vendor's part of a view.
     *
     * @param vendor the {@code organization} value, as published (may be empty)
     * @param models how many of the rows are its models
     * @param best   its row with the highest score (the first of them on a tie, in the rows' order)
     */
    public record VendorStat(String vendor, int models, Entry best) {

        public int bestScore() {
            return best.score();
        }
    }

    /** Most models first; on a tie the higher best score, then the name, ignoring case. */
    public static final Comparator<VendorStat> VENDOR_ORDER = Comparator.comparingInt(VendorStat::models).reversed()
            .thenComparing(Comparator.comparingInt(VendorStat::bestScore).reversed())
            .thenComparing(VendorStat::vendor, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(VendorStat::vendor);

    /** Every vendor of the rows with its count and best model, in {@link #VENDOR_ORDER}. */
    public static List<VendorStat> vendors(List<Entry> rows) {
        return vendors(rows, Entry::organization);
    }

    /**
     * Like {@link #vendors(List)}, with the vendor of a row given by {@code vendorOf}: the
     * canonical name when the window groups spellings ({@code DeepSeek} and {@code DeepSeek AI}
     * as one bar).
     */
    public static List<VendorStat> vendors(List<Entry> rows, java.util.function.Function<Entry, String> vendorOf) {
        // One lookup per row: this runs over every visible row, a million in a large file.
        Map<String, Tally> tallies = new HashMap<>();
        for (Entry e : rows) {
            String vendor = vendorOf.apply(e);
            Tally t = tallies.get(vendor);
            if (t == null) {
                t = new Tally(e);
                tallies.put(vendor, t);
            } else {
                t.models++;
                if (e.score() > t.best.score()) {
                    t.best = e;
                }
            }
        }
        List<VendorStat> out = new ArrayList<>(tallies.size());
        tallies.forEach((vendor, t) -> out.add(new VendorStat(vendor, t.models, t.best)));
        out.sort(VENDOR_ORDER);
        return out;
    }

    private static final class Tally {
        int models = 1;
        Entry best;

        Tally(Entry first) {
            best = first;
        }
    }
}
