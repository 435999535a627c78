package dev.arenaview.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What changed between an earlier snapshot of a leaderboard and the current one: for each
 * current row, whether its model is new or moved up, down or not at all, and which models have
 * left the board since.
 *
 * <p>Models are matched by their exact {@link Entry#model() name}, which upstream keeps stable
 * from day to day. When a name appears more than once in a board, its first row is the one that
 * counts. Ranks are compared as published ({@link Entry#rank()}), except that an earlier schema A
 * or B board (upper-bound ranks, with ties) compared with a schema C board (row positions) is
 * ranked by its own positions in score order first, so that like is compared with like.
 *
 * <p>{@link #none()} is the absence of a comparison: every lookup is empty. Instances are
 * immutable and safe to share between threads.
 */
public final class Changes {

    /** How a model's rank moved since the earlier snapshot. */
    public enum Kind {
        /** Not on the earlier board. */
        NEW,
        /** A better (smaller) rank than before. */
        UP,
        /** A worse (larger) rank than before. */
        DOWN,
        /** The same rank as before (its score may still have moved). */
        SAME
    }

    /**
     * The change of one model.
     *
     * @param kind       how its rank moved
     * @param rankDelta  earlier rank minus current rank: positive when the model moved up; 0 for {@link Kind#NEW}
     * @param scoreDelta current score minus earlier score; 0 for {@link Kind#NEW}
     */
    public record Change(Kind kind, int rankDelta, int scoreDelta) {

        /** The change of a model that was not on the earlier board. */
        public static final Change NEW = new Change(Kind.NEW, 0, 0);

        public Change {
            Objects.requireNonNull(kind, "kind");
            boolean consistent;
            switch (kind) {
                case NEW: consistent = rankDelta == 0 && scoreDelta == 0; break;
                case UP: consistent = rankDelta > 0; break;
                case DOWN: consistent = rankDelta < 0; break;
                case SAME: consistent = rankDelta == 0; break;
                default: throw new AssertionError(kind);
            }
            if (!consistent) {
                throw new IllegalArgumentException("a " + kind + " change cannot have rankDelta " + rankDelta
                        + " and scoreDelta " + scoreDelta);
            }
        }

        /** The change between a model's earlier and current rows. */
        public static Change of(Entry earlier, Entry current) {
            int rankDelta = earlier.rank() - current.rank();
            Kind kind = rankDelta > 0 ? Kind.UP : rankDelta < 0 ? Kind.DOWN : Kind.SAME;
            return new Change(kind, rankDelta, current.score() - earlier.score());
        }

        /**
         * {@code ▲3} (up three), {@code ▼2} (down two), {@code –} (an en dash: same rank), or
         * {@code newWord} for a new model.
         */
        public String label(String newWord) {
            switch (kind) {
                case NEW: return newWord;
                case UP: return "▲" + rankDelta;
                case DOWN: return "▼" + -rankDelta;
                case SAME: return "–";
                default: throw new AssertionError(kind);
            }
        }
    }

    private static final Changes NONE = new Changes(false, Optional.empty(), Map.of(), List.of(), 0, 0, 0);

    private final boolean compared;
    private final Optional<LocalDate> earlierDate;
    /** The earlier board's first row of each model. */
    private final Map<String, Entry> earlierByModel;
    private final List<Entry> gone;
    private final int newCount;
    private final int movedUp;
    private final int movedDown;

    private Changes(boolean compared, Optional<LocalDate> earlierDate, Map<String, Entry> earlierByModel,
                    List<Entry> gone, int newCount, int movedUp, int movedDown) {
        this.compared = compared;
        this.earlierDate = earlierDate;
        this.earlierByModel = earlierByModel;
        this.gone = gone;
        this.newCount = newCount;
        this.movedUp = movedUp;
        this.movedDown = movedDown;
    }

    /** No comparison: every lookup is empty, {@link #label} is {@code ""}, {@link #isEmpty()} is true. */
    public static Changes none() {
        return NONE;
    }

    /** Compares the current board with an earlier snapshot of it. */
    public static Changes between(Leaderboard earlier, Leaderboard current) {
        Objects.requireNonNull(earlier, "earlier");
        Objects.requireNonNull(current, "current");
        Leaderboard base = earlier;
        if (earlier.schema().rankIsUpperBound() && !current.schema().rankIsUpperBound()) {
            // An upper-bound rank (with ties) against a row position would show nearly every model
            // as moved; the earlier board's own positions by score compare like with like.
            base = asPositions(earlier);
        }
        Map<String, Entry> earlierByModel = firstRowOfEachModel(base);
        Map<String, Entry> currentByModel = firstRowOfEachModel(current);
        List<Entry> gone = new ArrayList<>();
        for (Entry e : earlierByModel.values()) {
            if (!currentByModel.containsKey(e.model())) {
                gone.add(e);
            }
        }
        int newCount = 0;
        int up = 0;
        int down = 0;
        for (Entry e : currentByModel.values()) {
            Entry before = earlierByModel.get(e.model());
            Kind kind = before == null ? Kind.NEW : Change.of(before, e).kind();
            switch (kind) {
                case NEW: newCount++; break;
                case UP: up++; break;
                case DOWN: down++; break;
                default: break;
            }
        }
        return new Changes(true, earlier.date(), Collections.unmodifiableMap(earlierByModel), List.copyOf(gone),
                newCount, up, down);
    }

    /** The board with each row's rank replaced by its position in score order, as schema C ranks. */
    private static Leaderboard asPositions(Leaderboard board) {
        List<Entry> byScore = new ArrayList<>(board.entries());
        byScore.sort(java.util.Comparator.comparingInt(Entry::score).reversed());
        List<Entry> positioned = new ArrayList<>(byScore.size());
        for (int i = 0; i < byScore.size(); i++) {
            Entry e = byScore.get(i);
            positioned.add(new Entry(i + 1, e.rankStyleCtrl(), e.model(), e.score(), e.ci(), e.votes(),
                    e.organization(), e.license(), e.cutoff(), e.url()));
        }
        return board.withEntries(positioned, Schema.C);
    }

    private static Map<String, Entry> firstRowOfEachModel(Leaderboard board) {
        // Insertion order is the board's order, which gone() keeps.
        Map<String, Entry> byModel = new LinkedHashMap<>();
        for (Entry e : board.entries()) {
            byModel.putIfAbsent(e.model(), e);
        }
        return byModel;
    }

    /** True when this compares nothing ({@link #none()}); a comparison that found no change is not empty. */
    public boolean isEmpty() {
        return !compared;
    }

    /**
     * The change of a row of the current board, compared with the earlier board's first row of
     * the same model; empty when there is no comparison.
     */
    public Optional<Change> of(Entry currentEntry) {
        if (!compared) {
            return Optional.empty();
        }
        Entry before = earlierByModel.get(currentEntry.model());
        return Optional.of(before == null ? Change.NEW : Change.of(before, currentEntry));
    }

    /** The earlier board's row of the same model, when there is one (for "was #5, 1380" hints). */
    public Optional<Entry> earlierEntry(Entry currentEntry) {
        return Optional.ofNullable(earlierByModel.get(currentEntry.model()));
    }

    /**
     * The text of a "Change" cell: {@code ▲3}, {@code ▼2}, {@code –} for no move, {@code newWord}
     * ({@code new}, {@code 新}) for a new model, and {@code ""} when there is no comparison.
     */
    public String label(Entry currentEntry, String newWord) {
        return of(currentEntry).map(c -> c.label(newWord)).orElse("");
    }

    /**
     * A key for sorting rows by their change, with {@code Comparator.comparingInt(changes::sortKey)}.
     * Sorted descending: new models first, then the biggest rise, the unmoved, the biggest fall
     * last, and rows with no comparison after all of them. Sorted ascending it is the reverse.
     * Apart from those two ends the key is {@link Change#rankDelta()}.
     */
    public int sortKey(Entry currentEntry) {
        return of(currentEntry).map(c -> c.kind() == Kind.NEW ? Integer.MAX_VALUE : c.rankDelta())
                .orElse(Integer.MIN_VALUE);
    }

    /**
     * The earlier board's models that are not on the current one, each by its first row, in the
     * earlier board's order. Empty when there is no comparison.
     */
    public List<Entry> gone() {
        return gone;
    }

    /** The date of the earlier snapshot, when it is known. */
    public Optional<LocalDate> earlierDate() {
        return earlierDate;
    }

    /** How many models of the current board were not on the earlier one. */
    public int newCount() {
        return newCount;
    }

    /** How many models of the current board have a better rank than before. */
    public int movedUp() {
        return movedUp;
    }

    /** How many models of the current board have a worse rank than before. */
    public int movedDown() {
        return movedDown;
    }

    @Override
    public String toString() {
        if (!compared) {
            return "Changes[none]";
        }
        return "Changes[since " + earlierDate.map(LocalDate::toString).orElse("an undated snapshot") + ": "
                + newCount + " new, " + movedUp + " up, " + movedDown + " down, " + gone.size() + " gone]";
    }
}
