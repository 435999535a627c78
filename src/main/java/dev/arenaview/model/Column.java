package dev.arenaview.model;

import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/**
 * The leaderboard's columns, in the reference report's order, each with the order that is
 * right for its values. Missing values (no style-control rank, no CI, an undated cutoff)
 * stay last whichever way a column is sorted.
 */
public enum Column {
    RANK("rank", true),
    RANK_STYLECTRL("stylectrl", true),
    MODEL("model", true),
    SCORE("score", false),
    CI("ci", true),
    VOTES("votes", false),
    ORGANIZATION("vendor", true),
    LICENSE("license", true),
    CUTOFF("cutoff", false);

    private static final Comparator<String> TEXT_ORDER =
            String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder());

    private final String id;
    private final boolean naturallyAscending;

    Column(String id, boolean naturallyAscending) {
        this.id = id;
        this.naturallyAscending = naturallyAscending;
    }

    /** The name used on the command line ({@code --sort votes:desc}). */
    public String id() {
        return id;
    }

    /**
     * The direction a reader expects first: best first for scores and votes, newest first
     * for cutoffs, A to Z for names, smallest first for ranks and intervals.
     */
    public boolean naturallyAscending() {
        return naturallyAscending;
    }

    /** Finds a column by its id or a common alias ({@code organization}, {@code 95_pct_ci}). */
    public static Optional<Column> fromId(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        for (Column c : values()) {
            if (c.id.equals(t) || c.name().toLowerCase(Locale.ROOT).equals(t)) {
                return Optional.of(c);
            }
        }
        switch (t) {
            case "organization": case "org": return Optional.of(ORGANIZATION);
            case "rank_stylectrl": case "style": return Optional.of(RANK_STYLECTRL);
            case "arena_score": return Optional.of(SCORE);
            case "95_pct_ci": return Optional.of(CI);
            case "knowledge_cutoff": return Optional.of(CUTOFF);
            case "licence": return Optional.of(LICENSE);
            default: return Optional.empty();
        }
    }

    /** The order of this column, ascending or descending, with missing values last. */
    public Comparator<Entry> comparator(boolean ascending) {
        switch (this) {
            case RANK: return directed(Comparator.comparingInt(Entry::rank), ascending);
            case SCORE: return directed(Comparator.comparingInt(Entry::score), ascending);
            case VOTES: return directed(Comparator.comparingInt(Entry::votes), ascending);
            case MODEL: return directed(Comparator.comparing(Entry::model, TEXT_ORDER), ascending);
            case ORGANIZATION: return directed(Comparator.comparing(Entry::organization, TEXT_ORDER), ascending);
            case LICENSE: return directed(Comparator.comparing(Entry::license, TEXT_ORDER), ascending);
            case RANK_STYLECTRL:
                return missingLast(Entry::hasRankStyleCtrl, Comparator.comparingInt(Entry::rankStyleCtrl), ascending);
            case CI:
                return missingLast(e -> e.ci().isKnown(), Comparator.comparingInt(e -> e.ci().width()), ascending);
            case CUTOFF:
                return missingLast(e -> e.cutoff().month() != null,
                        Comparator.comparing(e -> e.cutoff().month()), ascending);
            default: throw new AssertionError(this);
        }
    }

    private static Comparator<Entry> directed(Comparator<Entry> c, boolean ascending) {
        return ascending ? c : c.reversed();
    }

    private static Comparator<Entry> missingLast(java.util.function.Predicate<Entry> present,
                                                 Comparator<Entry> byValue, boolean ascending) {
        Comparator<Entry> values = directed(byValue, ascending);
        return (a, b) -> {
            boolean pa = present.test(a);
            boolean pb = present.test(b);
            if (pa && pb) {
                return values.compare(a, b);
            }
            return Boolean.compare(pb, pa);
        };
    }
}
