package dev.arenaview.bench;

import dev.arenaview.model.Column;
import dev.arenaview.model.Entry;
import dev.arenaview.model.Filter;
import dev.arenaview.model.LeaderboardView;
import dev.arenaview.model.SortIndex;
import dev.arenaview.model.SortOrder;
import dev.arenaview.report.MarkdownReport;
import dev.arenaview.report.ReportLanguage;
import dev.arenaview.report.ReportTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/** What the table and the report do with the rows: sort, filter, render. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgs = {"-Xmx3g"})
public class ViewBenchmark {

    private static final SortOrder BY_VOTES = new SortOrder(List.of(new SortOrder.Key(Column.VOTES, false)));
    private static final SortOrder BY_MODEL = new SortOrder(List.of(new SortOrder.Key(Column.MODEL, true)));
    private static final SortOrder BY_MODEL_DESC = new SortOrder(List.of(new SortOrder.Key(Column.MODEL, false)));
    private static final Filter SEARCH = Filter.NONE.withSearch("gem");
    private static final Filter SEARCH_MORE = Filter.NONE.withSearch("gemi");
    private static final Filter FIRST_LETTER = Filter.NONE.withSearch("g");
    private static final Filter VENDORS = new Filter(Set.of("Google", "OpenAI"), Set.of(), "");

    /** A first click on a header: the column's keys are made, then the rows sorted by them. */
    @Benchmark
    public List<Entry> sortByVotes(LeaderboardState state) {
        return BY_VOTES.sort(state.board.entries());
    }

    @Benchmark
    public List<Entry> sortByModelName(LeaderboardState state) {
        return BY_MODEL.sort(state.board.entries());
    }

    /** A later click on a header already clicked, which reverses it (the window keeps the keys of its rows). */
    @Benchmark
    public List<Entry> sortByModelNameAgain(LeaderboardState state) {
        state.descending = !state.descending;
        return state.index.sorted(state.descending ? BY_MODEL_DESC : BY_MODEL);
    }

    /** The same sort the way a TableView's SortedList does it: a comparator over the rows. */
    @Benchmark
    public List<Entry> sortByModelNameWithComparator(LeaderboardState state) {
        List<Entry> copy = new ArrayList<>(state.board.entries());
        copy.sort(BY_MODEL.comparator());
        return copy;
    }

    /** The first keystroke as the window does it on a large file: the pass shared among the cores. */
    @Benchmark
    public List<Entry> searchKeystrokeParallel(LeaderboardState state) {
        return state.board.entries().parallelStream().filter(SEARCH).collect(java.util.stream.Collectors.toList());
    }

    /**
     * One keystroke as a FilteredList (the usual JavaFX way, which the window no longer uses)
     * does it: it re-tests every row against the new search and tells the table what changed.
     */
    @Benchmark
    public int searchKeystrokeInAFilteredList(LeaderboardState state) {
        state.shown.setPredicate(state.shown.getPredicate() == SEARCH ? SEARCH_MORE : SEARCH);
        return state.shown.size();
    }

    /** One keystroke in the search field: a pass of the filter over every row, on one core. */
    @Benchmark
    public List<Entry> searchKeystroke(LeaderboardState state) {
        List<Entry> kept = new ArrayList<>();
        for (Entry e : state.board.entries()) {
            if (SEARCH.test(e)) {
                kept.add(e);
            }
        }
        return kept;
    }

    /**
     * A first keystroke ("g") on a board sorted by votes, tested row by row in the table's order
     * (the window's way before the search index): the rows lie scattered in memory.
     */
    @Benchmark
    public List<Entry> firstKeystrokeInTableOrder(LeaderboardState state) {
        List<Entry> kept = new ArrayList<>();
        for (Entry e : state.index.sorted(BY_VOTES)) {
            if (FIRST_LETTER.test(e)) {
                kept.add(e);
            }
        }
        return kept;
    }

    /**
     * The same keystroke as the window does it now: the names' search index, then the rows the
     * table reads at once (a screenful) picked in the order; the rest are picked as they are read.
     */
    @Benchmark
    public void firstKeystrokeIndexed(LeaderboardState state, org.openjdk.jmh.infra.Blackhole screen) {
        readScreenful(state.index.rows(BY_VOTES, FIRST_LETTER), screen);
    }

    /** That keystroke's rows all read, as a report of them, or a scroll to the bottom, does. */
    @Benchmark
    public void firstKeystrokeIndexedAllRead(LeaderboardState state, org.openjdk.jmh.infra.Blackhole screen) {
        for (Entry e : state.index.rows(BY_VOTES, FIRST_LETTER)) {
            screen.consume(e);
        }
    }

    /** A third keystroke ("gem") by the index, on the same board. */
    @Benchmark
    public void searchKeystrokeIndexed(LeaderboardState state, org.openjdk.jmh.infra.Blackhole screen) {
        readScreenful(state.index.rows(BY_VOTES, SEARCH), screen);
    }

    /** What the table reads of new rows: how many, and the first rows (a tall window shows about 40). */
    private static void readScreenful(List<Entry> rows, org.openjdk.jmh.infra.Blackhole screen) {
        screen.consume(rows.size());
        for (int i = 0; i < Math.min(40, rows.size()); i++) {
            screen.consume(rows.get(i));
        }
    }

    /** Laying out the names for search: part of loading a large file. */
    @Benchmark
    public SortIndex buildSearchIndex(LeaderboardState state) {
        SortIndex index = new SortIndex(state.board.entries());
        index.prepareSearch();
        return index;
    }

    @Benchmark
    public List<Entry> vendorFilter(LeaderboardState state) {
        List<Entry> kept = new ArrayList<>();
        for (Entry e : state.board.entries()) {
            if (VENDORS.test(e)) {
                kept.add(e);
            }
        }
        return kept;
    }

    @Benchmark
    public String report(LeaderboardState state) {
        return new MarkdownReport(ReportLanguage.ZH).render(LeaderboardView.all(state.board),
                ReportTime.onDate(LocalDate.of(2025, 6, 27)));
    }
}
