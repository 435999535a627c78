package dev.arenaview.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The fast sort must give exactly the order a reader expects from the column comparators
 * (which the table's arrows and the report describe), ties included, for any mix of keys.
 */
class SortIndexTest {

    private static final String[] NAMES = {"gpt-4o", "GPT-4o", "Gemini-2.5-Pro", "gemini-2.5-pro", "claude",
        "Claude", "ÉCLAIR", "éclair", "zeta", "Zeta", "", "a", "A", "straße", "STRASSE", "模型", "qwen3-235b"};
    private static final String[] VENDORS = {"Google", "google", "OpenAI", "Anthropic", "DeepSeek", "智谱"};
    private static final String[] LICENSES = {"Proprietary", "MIT", "Apache 2.0", "apache 2.0", ""};
    private static final String[] CUTOFFS = {"2024/10", "2023/4", "Unknown", "", "2025/1", "2024/10"};

    private static List<Entry> randomRows(Random random, int n) {
        List<Entry> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ConfidenceInterval ci = random.nextInt(5) == 0 ? ConfidenceInterval.UNKNOWN
                    : new ConfidenceInterval(random.nextInt(6), random.nextInt(6));
            rows.add(new Entry(1 + random.nextInt(20), random.nextInt(4) == 0 ? Entry.NO_RANK : 1 + random.nextInt(20),
                    NAMES[random.nextInt(NAMES.length)] + (random.nextBoolean() ? "" : "-" + random.nextInt(5)),
                    1200 + random.nextInt(30), ci, random.nextInt(4) == 0 ? Integer.MAX_VALUE : random.nextInt(1000),
                    VENDORS[random.nextInt(VENDORS.length)], LICENSES[random.nextInt(LICENSES.length)],
                    KnowledgeCutoff.parse(CUTOFFS[random.nextInt(CUTOFFS.length)]), "https://example.org/" + i));
        }
        return rows;
    }

    @Test
    void everyMixOfColumnsAndDirectionsSortsAsTheComparatorsSay() {
        Random random = new Random(20261128);
        Column[] columns = Column.values();
        for (int round = 0; round < 400; round++) {
            List<Entry> rows = randomRows(random, 1 + random.nextInt(300));
            List<SortOrder.Key> keys = new ArrayList<>();
            int count = 1 + random.nextInt(3);
            for (int k = 0; k < count; k++) {
                keys.add(new SortOrder.Key(columns[random.nextInt(columns.length)], random.nextBoolean()));
            }
            SortOrder order = new SortOrder(keys);
            List<Entry> expected = new ArrayList<>(rows);
            expected.sort(order.comparator());
            assertEquals(expected, new SortIndex(rows).sorted(order), order.toString());
            assertEquals(expected, order.sort(rows), order.toString());
        }
    }

    @Test
    void theRowsAFilterKeepsComeInTheOrderForAnyMixOfSearchVendorsAndLicences() {
        // What the table shows: the order's rows that the filter keeps, the search found by the
        // names' index and the rest tested on the rows found.
        Random random = new Random(2611);
        Column[] columns = Column.values();
        String[] searches = {"", "g", "GPT", "-1", "ä", "\u212A", "zeta-", "模"};
        for (int round = 0; round < 400; round++) {
            List<Entry> rows = randomRows(random, 1 + random.nextInt(300));
            SortIndex index = new SortIndex(rows);
            for (int k = 0; k < 3; k++) {
                SortOrder order = new SortOrder(List.of(new SortOrder.Key(columns[random.nextInt(columns.length)],
                        random.nextBoolean())));
                java.util.Set<String> vendors = random.nextBoolean() ? java.util.Set.of()
                        : java.util.Set.of(VENDORS[random.nextInt(VENDORS.length)]);
                java.util.Set<String> licenses = random.nextInt(3) > 0 ? java.util.Set.of()
                        : java.util.Set.of(LICENSES[random.nextInt(LICENSES.length)]);
                Filter filter = new Filter(vendors, licenses, searches[random.nextInt(searches.length)],
                        random.nextInt(4) == 0, random.nextBoolean());
                List<Entry> expected = new ArrayList<>();
                for (Entry e : order.sort(rows)) {
                    if (filter.test(e)) {
                        expected.add(e);
                    }
                }
                assertEquals(expected, index.rows(order, filter), order + " " + filter);
            }
        }
    }

    @Test
    void keysWorkedOutOnAnIdleThreadWhileTheTableSortsGiveTheSameOrder() throws Exception {
        // The window works out the name keys of a large board on a thread of its own; a header
        // click meanwhile waits for them (or works them out) and must sort exactly as ever.
        List<Entry> rows = randomRows(new Random(99), 20_000);
        SortOrder byModel = new SortOrder(List.of(new SortOrder.Key(Column.MODEL, true)));
        List<Entry> expected = new ArrayList<>(rows);
        expected.sort(byModel.comparator());
        for (int round = 0; round < 5; round++) {
            SortIndex index = new SortIndex(rows);
            Thread idle = new Thread(() -> index.prepareKeys(Column.MODEL));
            idle.start();
            assertTrue(expected.equals(index.sorted(byModel)), "by model, round " + round);
            idle.join();
            SortOrder byVotesThenModel = new SortOrder(List.of(new SortOrder.Key(Column.VOTES, true),
                    new SortOrder.Key(Column.MODEL, true)));
            List<Entry> expectedTwo = new ArrayList<>(rows);
            expectedTwo.sort(byVotesThenModel.comparator());
            assertTrue(expectedTwo.equals(index.sorted(byVotesThenModel)), "by votes then model, round " + round);
        }
    }

    @Test
    void oneIndexSortsTheSameRowsAgainInAnyOrder() {
        List<Entry> rows = randomRows(new Random(7), 500);
        SortIndex index = new SortIndex(rows);
        for (Column column : Column.values()) {
            for (boolean ascending : new boolean[] {true, false}) {
                SortOrder order = new SortOrder(List.of(new SortOrder.Key(column, ascending)));
                List<Entry> expected = new ArrayList<>(rows);
                expected.sort(order.comparator());
                assertEquals(expected, index.sorted(order), order.toString());
            }
        }
        assertEquals(rows, index.sorted(SortOrder.FILE_ORDER));
    }

    @Test
    void thousandsOfDistinctNamesSortAsTheComparatorSaysToo() {
        // Beyond a few thousand distinct names the index sorts rows by packed name prefixes:
        // names sharing long prefixes, differing in case only, shorter than a prefix, with a
        // character 0 or non-ASCII letters must still land where the comparator puts them.
        Random random = new Random(99);
        String alphabet = "aAbB-. 0\u0000éÉ模ßK\u212A";
        List<Entry> rows = new ArrayList<>();
        for (int i = 0; i < 9_000; i++) {
            StringBuilder name = new StringBuilder(random.nextInt(3) == 0 ? "gemini-2.5-pro-" : random.nextInt(3) == 0 ? "GEMINI-2.5-PRO-" : "");
            int length = random.nextInt(16);
            for (int c = 0; c < length; c++) {
                name.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            rows.add(Entries.entry(name.toString(), i, 1300, 10, "v", "l"));
        }
        assertSortsByNameAsTheComparator(rows);
        // A letter outside the basic plane (Deseret, folded by Java as one code point) takes
        // the plain path for the whole column.
        rows.add(Entries.entry("\uD801\uDC00-model", 0, 1300, 10, "v", "l"));
        rows.add(Entries.entry("\uD801\uDC28-MODEL", 0, 1300, 10, "v", "l"));
        assertSortsByNameAsTheComparator(rows);
    }

    @Test
    void rehearsingTheSearchAfterALoadLeavesTheShownOrderAndEverySearchAsTheyWere() {
        // The idle thread rehearses the first keystrokes after a large file is opened; the user's
        // sorted view must not be sorted again (a second's work at a million rows), nor any answer change.
        Random random = new Random(1206);
        for (List<Entry> rows : List.of(randomRows(random, 2_000), List.<Entry>of(),
                List.of(Entries.entry("模型", 1, 1300, 10, "v", "l")), List.of(Entries.entry("g", 1, 1300, 10, "v", "l")))) {
            SortIndex index = new SortIndex(rows);
            SortOrder order = new SortOrder(List.of(new SortOrder.Key(Column.VOTES, false)));
            List<Entry> shown = index.sorted(order);
            index.rehearseSearch();
            assertSame(shown, index.sorted(order));
            for (String search : List.of("g", "GP", "gemini", "模", "zz")) {
                Filter filter = Filter.NONE.withSearch(search);
                assertEquals(filter.keep(shown), index.rows(order, filter), search);
            }
        }
    }

    @Test
    void aSearchShowsTheSameRowsWhereverTheTableStartsReadingThemAndFromTwoThreads() throws Exception {
        // A search's rows are picked in the table's order only as far as they are read: the
        // table reads the top screenful, a drag of the scroll bar jumps to the bottom, a report
        // reads them all, perhaps while the window reads some. Every way gives the same rows.
        Random random = new Random(1207);
        List<Entry> rows = randomRows(random, 20_000);
        SortIndex index = new SortIndex(rows);
        SortOrder order = new SortOrder(List.of(new SortOrder.Key(Column.SCORE, false)));
        for (String search : List.of("g", "gpt-4o-3", "Z", "模", "none such")) {
            Filter filter = Filter.NONE.withSearch(search);
            List<Entry> expected = filter.keep(index.sorted(order));
            int n = expected.size();
            assertEquals(n, index.rows(order, filter).size(), search + ": count before any row is read");

            List<Entry> fromTheEnd = index.rows(order, filter);
            Entry[] read = new Entry[n];
            for (int i = n - 1; i >= 0; i--) {
                read[i] = fromTheEnd.get(i);
            }
            assertEquals(expected, List.of(read), search + ": read from the bottom up");

            List<Entry> jumping = index.rows(order, filter);
            for (int i = 0; i < n; i += 1 + random.nextInt(700)) {
                assertSame(expected.get(i), jumping.get(i), search + ": row " + i + " read first");
            }
            assertEquals(expected, jumping, search + ": read after jumps");

            List<Entry> shared = index.rows(order, filter);
            java.util.concurrent.ExecutorService other = java.util.concurrent.Executors.newSingleThreadExecutor();
            try {
                java.util.concurrent.Future<List<Entry>> report = other.submit(() -> new ArrayList<>(shared));
                for (int i = n - 1; i >= 0; i -= 3) {
                    assertSame(expected.get(i), shared.get(i), search + ": row " + i + " while a report reads");
                }
                assertEquals(expected, report.get(), search + ": the report's rows");
            } finally {
                other.shutdownNow();
            }
            org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class,
                    () -> shared.add(rows.get(0)), "the shown rows cannot be changed");
            org.junit.jupiter.api.Assertions.assertThrows(IndexOutOfBoundsException.class, () -> shared.get(n));
        }
    }

    private static void assertSortsByNameAsTheComparator(List<Entry> rows) {
        for (boolean ascending : new boolean[] {true, false}) {
            SortOrder order = new SortOrder(List.of(new SortOrder.Key(Column.MODEL, ascending),
                    new SortOrder.Key(Column.RANK, false)));
            List<Entry> expected = new ArrayList<>(rows);
            expected.sort(order.comparator());
            assertEquals(expected, new SortIndex(rows).sorted(order), order.toString());
        }
    }
}
